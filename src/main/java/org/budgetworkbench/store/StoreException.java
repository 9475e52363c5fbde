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
    private static final int DATABASE_IS_READ_ONLY = 90097;
    private static final int VALUE_TOO_LONG = 22001;
    private static final int DATABASE_CLOSED = 90098;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreException.class);

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Why a store file could not be opened, told in the analyst's terms. */
    static StoreException opening(Path file, Throwable e) {
        LOG.warn("opening {} failed", file, e);
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
        if (code == IO_EXCEPTION || code == IO_EXCEPTION_2 || mentionsWriteFailure(detail)) {
            return new StoreException("无法读写数据库文件 " + file + "，请检查该位置是否可写、磁盘是否已满。", e);
        }
        if (code == DATABASE_IS_READ_ONLY) {
            return new StoreException("数据库文件 " + file + " 是只读的，无法在其中保存。请检查文件权限，或换一个可写的位置。", e);
        }
        return new StoreException("无法打开数据库文件 " + file + "（它可能已损坏，或不是本工作台的数据库文件）。", e);
    }

    /**
     * A read or write on an open store failed: said in words — a full disk, a read-only file, a text too long —
     * with the database's own message in the log only.
     */
    static StoreException failed(String what, Path file, Throwable e) {
        LOG.warn("{} failed on {}", what, file, e);
        SQLException sql = findSql(e);
        int code = sql == null ? 0 : sql.getErrorCode();
        String detail = sql == null ? String.valueOf(e.getMessage()) : sql.getMessage();
        String why;
        if (code == DATABASE_IS_READ_ONLY) {
            why = "数据库文件是只读的";
        } else if (code == IO_EXCEPTION || code == IO_EXCEPTION_2 || code == DATABASE_CLOSED
                || writeFailed(e)) {
            // H2 closes a database whose background write failed; the next statement then says only "closed"
            why = "无法写入数据库文件（磁盘可能已满，或该位置不可写）";
        } else if (code == VALUE_TOO_LONG) {
            why = "其中一项文字过长，超出数据库能保存的长度";
        } else if (code == DATABASE_ALREADY_OPEN || mentionsLock(detail)) {
            why = "数据库文件正被另一个程序使用";
        } else {
            why = "数据库出错（详情见日志文件）";
        }
        return new StoreException(what + "失败：" + why + "，操作未完成，数据库中原有的内容不变（数据库文件 " + file + "）。", e);
    }

    /** A failed write anywhere in the chain, suppressed failures included (H2 adds the write's own there). */
    private static boolean writeFailed(Throwable e) {
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(java.util.List.of(e));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (mentionsWriteFailure(t.getMessage())) {
                return true;
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
            for (Throwable s : t.getSuppressed()) {
                todo.push(s);
            }
        }
        return false;
    }

    private static boolean mentionsWriteFailure(String detail) {
        return detail != null && (detail.contains("Writing to") || detail.contains("No space left")
                || detail.contains("write") && detail.contains("failed"));
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
