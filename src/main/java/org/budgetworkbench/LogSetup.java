package org.budgetworkbench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * 日志配置: what used to be logback.xml, set up in code. Logback's XML configurator costs about a second of
 * start-up on a busy two-core machine (an XML parser and some 300 classes) before the first page of a PDF is
 * read; every {@code extract} pays it, since PDFBox logs. Found through META-INF/services. A
 * {@code -Dlogback.configurationFile=...} given by the user still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** A file to log to instead of stderr (the window sets it: a window keeps its terminal quiet). */
    public static final String LOG_FILE_PROPERTY = "budgetworkbench.logFile";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // stdout carries the command line's JSON: logs go to stderr, and only what an analyst should see
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        String file = System.getProperty(LOG_FILE_PROPERTY);
        encoder.setPattern(file == null || file.isBlank() ? "%-5level %logger{20} - %msg%n"
                : "%d{ISO8601} %-5level %logger{20} - %msg%n");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> stderr;
        if (file != null && !file.isBlank()) {
            FileAppender<ILoggingEvent> f = new FileAppender<>();
            f.setFile(file);
            f.setAppend(true);
            stderr = f;
        } else {
            ConsoleAppender<ILoggingEvent> c = new ConsoleAppender<>();
            c.setTarget("System.err");
            stderr = c;
        }
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setEncoder(encoder);
        stderr.start();
        // PDFBox warns about every odd font in a published PDF; those are not the analyst's concern
        context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.apache.poi").setLevel(Level.ERROR);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
