package org.budgetworkbench.core.limits;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 处理时限: reading and checking one file runs on a worker thread ({@link DeadlineWorkers}, kept for the next
 * file) and is stopped once it runs past the
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
        if (DeadlineWorkers.onWorker()) {
            return work.run();
        }
        Duration limit = limit();
        Task<T> task = new Task<>(work);
        DeadlineWorkers.start(task, task.done::countDown);
        try {
            if (!finishes(task, limit)) {
                task.stopRequested = true;
                if (!task.done.await(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("a worker past the deadline did not stop within {} ms; left to finish on its own",
                            GRACE.toMillis());
                }
                throw new LimitExceededException(TOO_COMPLEX + "（处理用时超过 " + seconds(limit) + " 秒）");
            }
        } catch (InterruptedException e) {
            task.stopRequested = true;
            Thread.currentThread().interrupt();
            throw new LimitExceededException("处理已取消");
        }
        if (task.failure != null) {
            throw translate(task.failure);
        }
        return task.result;
    }

    /**
     * Waits for the work within the deadline. The deadline counts the processor time the work spent (on a thread
     * that may have run other files before, so from where this work began), so a machine busy with other work
     * does not refuse a good file; the wall clock is held to {@link #WALL_FACTOR} times the deadline, so no file
     * is waited on without end either.
     */
    private static boolean finishes(Task<?> task, Duration limit) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long limitNanos = limit.toNanos();
        long start = System.nanoTime();
        long poll = Math.max(1, Math.min(100, limit.toMillis() / 5));
        while (!task.done.await(poll, TimeUnit.MILLISECONDS)) {
            long wall = System.nanoTime() - start;
            long used = cpu ? task.processorTime(threads) : wall;
            if (used > limitNanos || wall > WALL_FACTOR * limitNanos) {
                return false;
            }
        }
        return true;
    }

    /**
     * Stops the work of a worker past its deadline: called in every loop whose length a file decides. Costs a
     * thread-local read on a worker; outside one it does nothing.
     */
    public static void check() {
        if (DeadlineWorkers.onWorker()) {
            Task<?> t = Task.CURRENT.get();
            if (t != null && t.stopRequested) {
                throw new LimitExceededException(TOO_COMPLEX);
            }
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

    /** One file's work on a worker: its result or failure, and whether it was told to stop. */
    private static final class Task<T> implements Runnable {
        /** The work the current worker thread is doing (none outside a worker). */
        static final ThreadLocal<Task<?>> CURRENT = new ThreadLocal<>();

        private final Work<T, ?> work;
        final CountDownLatch done = new CountDownLatch(1);
        volatile boolean stopRequested;
        /** The worker and its processor time when this work began; the worker is null until then. */
        private volatile Thread thread;
        private volatile long cpuAtStart;
        T result;
        Throwable failure;

        Task(Work<T, ?> work) {
            this.work = work;
        }

        /** The processor time this work has used so far (0 before it began). */
        long processorTime(ThreadMXBean threads) {
            Thread t = thread;
            if (t == null) {
                return 0;
            }
            long now = threads.getThreadCpuTime(t.getId());
            return now < 0 ? 0 : now - cpuAtStart;
        }

        @Override
        public void run() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            cpuAtStart = threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()
                    ? threads.getCurrentThreadCpuTime() : 0;
            thread = Thread.currentThread();
            CURRENT.set(this);
            try {
                result = work.run();
            } catch (Throwable t) {
                failure = t;
            } finally {
                CURRENT.remove();
            }
        }
    }
}
