package org.budgetworkbench.core.limits;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 文件问题说明: what went wrong with a file, said in words. The libraries report a broken file through
 * exceptions whose class names and messages mean nothing to an analyst ("IndexOutOfBoundsException: 5",
 * "Zip bomb detected!"); this turns the ones a file can cause into a sentence and logs the details, so no
 * exception class name or stack trace reaches the window or the command line.
 */
public final class FileProblems {
    private static final Logger LOG = LoggerFactory.getLogger(FileProblems.class);

    public static final String ZIP_BOMB = "文件是压缩炸弹（解压后的内容远大于文件本身），已拒绝读取";
    public static final String XML_DECLARATION = "文件内含不允许的 XML 声明（DOCTYPE 或外部实体），已拒绝读取";

    private FileProblems() {
    }

    /**
     * The reason a file could not be read, in words; {@code fallback} when nothing more specific is known.
     * The exception itself goes to the log.
     */
    public static String reason(Throwable t, String fallback) {
        if (t instanceof LimitExceededException) {
            return t.getMessage();
        }
        LOG.warn("{}", fallback, t);
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof LimitExceededException) {
                return c.getMessage();
            }
            if (c instanceof OutOfMemoryError) {
                return "文件过大或过于复杂，读取所需的内存超出上限";
            }
            if (c instanceof StackOverflowError) {
                return "文件结构嵌套过深，无法读取";
            }
            String m = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb")) {
                return ZIP_BOMB;
            }
            if (m.contains("doctype") || m.contains("entity") && (m.contains("external") || m.contains("expansion")
                    || m.contains("disallow"))) {
                return XML_DECLARATION;
            }
        }
        return fallback;
    }
}
