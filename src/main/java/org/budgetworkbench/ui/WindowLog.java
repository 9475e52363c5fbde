package org.budgetworkbench.ui;

import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import org.budgetworkbench.LogSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's log (窗口日志): a window started from a terminal stays quiet there. Warnings of JavaFX (which logs
 * through java.util.logging), Flyway and the readers go to {@code budget-workbench.log} beside the store, where
 * a person looking for the cause of a problem finds them.
 */
public final class WindowLog {
    public static final String FILE_NAME = "budget-workbench.log";

    private WindowLog() {
    }

    /** Sends every log of this run to the file beside {@code store}; call before anything logs. */
    public static void toFileBeside(Path store) {
        Path dir = store.toAbsolutePath().getParent();
        System.setProperty(LogSetup.LOG_FILE_PROPERTY, dir.resolve(FILE_NAME).toString());
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.addHandler(new ToSlf4j());
    }

    /** java.util.logging records (JavaFX's) handed to the log file. */
    private static final class ToSlf4j extends Handler {
        @Override
        public void publish(LogRecord r) {
            if (r == null || r.getLevel().intValue() < Level.WARNING.intValue()) {
                return;
            }
            Logger log = LoggerFactory.getLogger(r.getLoggerName() == null ? "jul" : r.getLoggerName());
            String msg = r.getParameters() == null ? r.getMessage()
                    : java.text.MessageFormat.format(r.getMessage(), r.getParameters());
            if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                log.error(msg, r.getThrown());
            } else {
                log.warn(msg, r.getThrown());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
