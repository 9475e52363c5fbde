package org.budgetworkbench.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The store could not do what was asked (数据库错误); the message is Chinese, names the file and says
 * what the analyst can do about it.
 */
public class StoreException extends RuntimeException {
    // H2's error codes (org.h2.api.ErrorCode), named here so the store depends on JDBC only.
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int FILE_CORRUPTED = 90030;
    private static final int IO_EXCEPTION = 90028;
    private static final int IO_EXCEPTION_2 = 90031;
    private static final int FILE_VERSION_ERROR = 90048;
    private static final int FILE_ENCRYPTION_ERROR = 90049;
    private static final int GENERAL_ERROR = 50000;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Why a store file could not be opened, told in the analyst's terms. */
    static StoreException opening(Path file, Throwable e) {
        SQLException sql = findSql(e);
        int code = sql == null ? 0 : sql.getErrorCode();
        String detail = sql == null ? String.valueOf(e.getMessage()) : sql.getMessage();
        if (code == DATABASE_ALREADY_OPEN || mentionsLock(detail)) {
            return new StoreException("数据库文件 " + file + " 正被另一个程序使用（可能另一个工作台窗口已打开它），"
                    + "请关闭那个程序后重试。", e);
        }
        if (code == FILE_CORRUPTED || code == FILE_VERSION_ERROR || code == FILE_ENCRYPTION_ERROR
                || (code == GENERAL_ERROR && mentionsCorruption(detail))) {
            return new StoreException("数据库文件 " + file + " 已损坏或不是本工作台的数据库文件，无法打开。"
                    + "请从备份恢复，或将它移走后重新导入。", e);
        }
        if (code == IO_EXCEPTION || code == IO_EXCEPTION_2) {
            return new StoreException("无法读写数据库文件 " + file + "，请检查该位置是否可写、磁盘是否已满。", e);
        }
        return new StoreException("无法打开数据库文件 " + file + "：" + detail, e);
    }

    /** A read or write on an open store failed. */
    static StoreException failed(String what, Path file, Throwable e) {
        SQLException sql = findSql(e);
        String detail = sql == null ? String.valueOf(e.getMessage()) : sql.getMessage();
        return new StoreException(what + "失败（数据库文件 " + file + "）：" + detail, e);
    }

    private static SQLException findSql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static boolean mentionsLock(String detail) {
        return detail != null && (detail.contains("already in use") || detail.contains("locked by another"));
    }

    private static boolean mentionsCorruption(String detail) {
        return detail != null && (detail.contains("corrupt") || detail.contains("File header")
                || detail.contains("file header") || detail.contains("Chunk"));
    }
}
