package org.budgetworkbench.core.limits;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 处理时限: reading and checking one file runs on a worker thread and is stopped once it runs past the
 * deadline (30 s of processor time, and four times that on the clock, unless
 * {@code -Dbudgetworkbench.deadline.seconds=N} says otherwise), so no file, however it
 * is built, holds the command line or the window. The work stops cooperatively — the loops over what a file
 * controls (glyphs, rulings, cells, rows, clauses) call {@link #check()} — and a worker that does not stop in
 * a short grace is left to finish on its own, its result thrown away.
 *
 * <p>Running out of memory or stack on the worker is also answered here, as a refusal of the file in words:
 * the worker's allocations die with it, and the caller's thread never sees the error.
 */
public final class ProcessingDeadline {
    public static final Duration DEFAULT = Duration.ofSeconds(30);
    /** System property with the deadline in seconds. */
    public static final String PROPERTY = "budgetworkbench.deadline.seconds";
    /** What the analyst reads when a file ran past the deadline. */
    public static final String TOO_COMPLEX = "文件过于复杂/超出处理时限";
    /**
     * The worker's stack: the PDF and XML libraries recurse once per level of nesting a file has; a larger
     * stack than the default lets legal files through, and what still overflows is refused, not crashed.
     */
    static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;
    /** The wall-clock bound, as a multiple of the deadline (which counts processor time). */
    static final int WALL_FACTOR = 4;
    /** How long a stopped worker is given to unwind before it is abandoned. */
    static final Duration GRACE = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(ProcessingDeadline.class);

    /** Work that may throw its own checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private ProcessingDeadline() {
    }

    /** The deadline for one file: the system property when it is a positive number, else 30 s. */
    public static Duration limit() {
        String s = System.getProperty(PROPERTY);
        if (s != null) {
            try {
                double seconds = Double.parseDouble(s.trim());
                if (seconds > 0) {
                    return Duration.ofMillis((long) (seconds * 1000));
                }
            } catch (NumberFormatException e) {
                LOG.warn("{}={} is not a number of seconds; using {} s", PROPERTY, s, DEFAULT.toSeconds());
            }
        }
        return DEFAULT;
    }

    /**
     * Runs {@code work} within the deadline. Work already on a worker runs inline, bounded by the deadline the
     * outer call set (reading and then checking one file share one deadline).
     *
     * @throws LimitExceededException past the deadline, out of memory or out of stack, with the reason in words
     * @throws E whatever the work throws itself
     */
    public static <T, E extends Exception> T run(Work<T, E> work) throws E {
        if (Thread.currentThread() instanceof Worker) {
            return work.run();
        }
        Duration limit = limit();
        Worker<T> worker = new Worker<>(work);
        worker.start();
        try {
            if (!finishes(worker, limit)) {
                worker.stopRequested = true;
                worker.join(GRACE.toMillis());
                if (worker.isAlive()) {
                    LOG.warn("a worker past the deadline did not stop within {} ms; left to finish on its own",
                            GRACE.toMillis());
                }
                throw new LimitExceededException(TOO_COMPLEX + "（处理用时超过 " + seconds(limit) + " 秒）");
            }
        } catch (InterruptedException e) {
            worker.stopRequested = true;
            Thread.currentThread().interrupt();
            throw new LimitExceededException("处理已取消");
        }
        if (worker.failure != null) {
            throw translate(worker.failure);
        }
        return worker.result;
    }

    /**
     * Waits for the worker within the deadline. The deadline counts the processor time the worker spent, so a
     * machine busy with other work does not refuse a good file; the wall clock is held to {@link #WALL_FACTOR}
     * times the deadline, so no file is waited on without end either.
     */
    private static boolean finishes(Worker<?> worker, Duration limit) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long limitNanos = limit.toNanos();
        long start = System.nanoTime();
        long poll = Math.max(1, Math.min(100, limit.toMillis() / 5));
        while (worker.isAlive()) {
            worker.join(poll);
            if (!worker.isAlive()) {
                return true;
            }
            long wall = System.nanoTime() - start;
            long used = cpu ? threads.getThreadCpuTime(worker.getId()) : wall;
            if (used > limitNanos || wall > WALL_FACTOR * limitNanos) {
                return false;
            }
        }
        return true;
    }

    /**
     * Stops the work of a worker past its deadline: called in every loop whose length a file decides. Costs a
     * field read; outside a worker it does nothing.
     */
    public static void check() {
        if (Thread.currentThread() instanceof Worker<?> w && w.stopRequested) {
            throw new LimitExceededException(TOO_COMPLEX);
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.valueOf(ms / 1000.0);
    }

    /** Errors of the worker become refusals in words; the work's own exceptions pass unchanged. */
    private static <X extends Throwable> RuntimeException translate(Throwable t) throws X {
        if (t instanceof OutOfMemoryError) {
            LOG.warn("out of memory while reading a file", t);
            throw new LimitExceededException("文件过大或过于复杂，读取所需的内存超出上限");
        }
        if (t instanceof StackOverflowError) {
            LOG.warn("stack overflow while reading a file");
            throw new LimitExceededException("文件结构嵌套过深，无法读取");
        }
        @SuppressWarnings("unchecked")
        X x = (X) t;
        throw x;
    }

    /** The thread a file is read and checked on. */
    private static final class Worker<T> extends Thread {
        private final Work<T, ?> work;
        volatile boolean stopRequested;
        T result;
        Throwable failure;

        Worker(Work<T, ?> work) {
            super(null, null, "bounded-file-work", WORKER_STACK_BYTES);
            this.work = work;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                result = work.run();
            } catch (Throwable t) {
                failure = t;
            }
        }
    }
}
