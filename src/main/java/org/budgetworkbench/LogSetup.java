package org.budgetworkbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.budgetworkbench.store.Store;

/**
 * 日志配置: what used to be logback.xml, set up in code. Logback's XML configurator costs about a second of
 * start-up on a busy two-core machine (an XML parser and some 300 classes) before the first page of a PDF is
 * read; every {@code extract} pays it, since PDFBox logs. Found through META-INF/services. A
 * {@code -Dlogback.configurationFile=...} given by the user still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // stdout carries the command line's JSON: logs go to stderr, and only what an analyst should see —
        // errors, in one line, never a stack trace (%nopex); the details go to the log file
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%-5level %logger{20} - %msg%n%nopex");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        ThresholdFilter errorsOnly = new ThresholdFilter();
        errorsOnly.setLevel(Level.ERROR.levelStr);
        errorsOnly.start();
        stderr.addFilter(errorsOnly);
        // the libraries' complaints about a damaged file (PDFBox: "Operator Td has too few operands") are for the
        // log file; the analyst reads our sentence about the file instead
        Filter<ILoggingEvent> oursOnly = new Filter<>() {
            @Override
            public FilterReply decide(ILoggingEvent event) {
                return event.getLoggerName().startsWith("org.budgetworkbench") ? FilterReply.NEUTRAL : FilterReply.DENY;
            }
        };
        oursOnly.start();
        stderr.addFilter(oursOnly);
        stderr.start();
        // PDFBox warns about every odd font in a published PDF; those are not the analyst's concern
        context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.apache.poi").setLevel(Level.ERROR);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        FileAppender<ILoggingEvent> file = fileAppender(context);
        if (file != null) {
            root.addAppender(file);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** System property naming the log file (the tests point it into target/). */
    public static final String LOG_FILE_PROPERTY = "budgetworkbench.logFile";
    /** A log file past this size is moved aside to {@code .1} at start, so it never grows without bound. */
    static final long MAX_LOG_BYTES = 10L * 1024 * 1024;

    /**
     * The log file (日志文件): where the details of every refused file and failed step go — stack traces
     * included — while the analyst reads a sentence. Next to the default store, in the user's data folder.
     */
    public static Path logFile() {
        String p = System.getProperty(LOG_FILE_PROPERTY);
        return p != null && !p.isBlank() ? Path.of(p) : Store.defaultLocation().resolveSibling("budget-workbench.log");
    }

    private static FileAppender<ILoggingEvent> fileAppender(LoggerContext context) {
        Path log = logFile().toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            if (Files.isRegularFile(log) && Files.size(log) > MAX_LOG_BYTES) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            return null; // no log file (a read-only home): the console still says what matters
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss} %-5level %logger{36} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(log.toString());
        file.setAppend(true);
        file.setEncoder(encoder);
        file.start();
        return file;
    }
}
