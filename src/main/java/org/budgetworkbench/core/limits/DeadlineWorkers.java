package org.budgetworkbench.core.limits;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads files are read and checked on (处理线程池): kept after their work and handed the next file, so that
 * checking a document again after every edit in the window does not start a thread with a 64 MB stack each time.
 * A thread is taken only when idle; one still busy — a worker past its deadline left to finish on its own — is
 * never handed new work, so a stuck file never delays the next one: a new thread is made instead. Threads idle
 * for {@link #IDLE_SECONDS} end, and all are daemons (they never keep the application from exiting).
 */
final class DeadlineWorkers {
    /** How long an idle thread waits for work before it ends. */
    static final long IDLE_SECONDS = 60;

    private static final ConcurrentLinkedDeque<Worker> IDLE = new ConcurrentLinkedDeque<>();
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private DeadlineWorkers() {
    }

    /** One piece of work and what tells its caller it is over. */
    private record Job(Runnable work, Runnable finished) {
    }

    /**
     * Starts {@code work} on an idle worker, or on a new one when none is idle; {@code finished} runs after it, once
     * the worker is idle again (so a caller woken by it finds the same thread free for its next file).
     */
    static void start(Runnable work, Runnable finished) {
        Job job = new Job(work, finished);
        Worker w;
        while ((w = IDLE.pollFirst()) != null) {
            if (w.hand(job)) {
                return;
            }
        }
        w = new Worker();
        w.hand(job);
        w.start();
    }

    /** Is the current thread one of ours (work on it runs inline, under the deadline already held)? */
    static boolean onWorker() {
        return Thread.currentThread() instanceof Worker;
    }

    /** One thread with the large stack the readers need; it runs the jobs it is handed, one at a time. */
    static final class Worker extends Thread {
        private final BlockingQueue<Job> next = new LinkedBlockingQueue<>(1);
        /** Set once the thread has decided to end; it then takes no more work. */
        private boolean ended;

        Worker() {
            super(null, null, "bounded-file-work-" + NUMBER.incrementAndGet(), ProcessingDeadline.WORKER_STACK_BYTES);
            setDaemon(true);
        }

        /** Gives the worker its next job; false when it has ended meanwhile (its idle time ran out). */
        private synchronized boolean hand(Job job) {
            if (ended) {
                return false;
            }
            next.add(job);
            return true;
        }

        @Override
        public void run() {
            while (true) {
                Job job;
                try {
                    job = next.poll(IDLE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    job = null;
                }
                if (job == null) {
                    synchronized (this) {
                        if (next.isEmpty()) {
                            // ended before anyone can hand it more: a caller that took it from IDLE just now
                            // finds it ended and makes a new thread
                            ended = true;
                            IDLE.remove(this);
                            return;
                        }
                    }
                    continue;
                }
                job.work().run();
                Thread.interrupted(); // an interrupt meant for this work must not end the thread's next wait
                // back among the idle only when the work is over, however long it ran past its deadline
                IDLE.addFirst(this);
                job.finished().run();
            }
        }
    }
}
