package org.budgetworkbench.core.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deadline per file: work past it is stopped and refused with 文件过于复杂/超出处理时限; running out of
 * memory or stack on the worker is a refusal in words, not an error on the caller's thread.
 */
class ProcessingDeadlineTest {
    private String before;

    @BeforeEach
    void shortDeadline() {
        before = System.getProperty(ProcessingDeadline.PROPERTY);
        System.setProperty(ProcessingDeadline.PROPERTY, "0.5");
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(ProcessingDeadline.PROPERTY);
        } else {
            System.setProperty(ProcessingDeadline.PROPERTY, before);
        }
    }

    @Test
    void workPastTheDeadlineIsStoppedAndRefused() {
        AtomicBoolean stopped = new AtomicBoolean();
        LimitExceededException e = catchThrowableOfType(() -> ProcessingDeadline.run(() -> {
            try {
                while (true) {
                    ProcessingDeadline.check();
                }
            } finally {
                stopped.set(true);
            }
        }), LimitExceededException.class);
        assertThat(e.getMessage()).contains(ProcessingDeadline.TOO_COMPLEX).contains("0.5 秒");
        assertThat(stopped).as("the work stopped at its next check").isTrue();
    }

    @Test
    void oneFileAfterAnotherRunsOnTheSameDaemonWorker() {
        // the re-check after every edit in the window must not start a thread (with its 64 MB stack) each time
        Thread first = ProcessingDeadline.run(Thread::currentThread);
        Thread second = ProcessingDeadline.run(Thread::currentThread);
        assertThat(second).isSameAs(first).isNotSameAs(Thread.currentThread());
        assertThat(first.isDaemon()).as("never keeps the application from exiting").isTrue();
    }

    @Test
    void workAlreadyOnAWorkerRunsInlineUnderTheDeadlineItHolds() {
        Thread[] inner = new Thread[1];
        Thread outer = ProcessingDeadline.run(() -> {
            inner[0] = ProcessingDeadline.run(Thread::currentThread);
            return Thread.currentThread();
        });
        assertThat(inner[0]).isSameAs(outer);
    }

    @Test
    void aWorkerLeftPastItsDeadlineIsNotHandedTheNextFile() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread[] stuck = new Thread[1];
        try {
            // work that never calls check(): the deadline cannot stop it, only abandon it
            LimitExceededException e = catchThrowableOfType(() -> ProcessingDeadline.run(() -> {
                stuck[0] = Thread.currentThread();
                release.await();
                return 0;
            }), LimitExceededException.class);
            assertThat(e).isNotNull();
            assertThat(stuck[0].isAlive()).as("left to finish on its own").isTrue();
            Thread next = ProcessingDeadline.run(Thread::currentThread);
            assertThat(next).as("the next file gets a free worker").isNotSameAs(stuck[0]);
        } finally {
            release.countDown();
        }
    }

    @Test
    void theProcessorTimeOfEarlierFilesDoesNotCountAgainstTheNext() throws Exception {
        System.setProperty(ProcessingDeadline.PROPERTY, "60");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread busy = ProcessingDeadline.run(() -> {
            long start = threads.getCurrentThreadCpuTime();
            long x = 0;
            while (threads.getCurrentThreadCpuTime() - start < 700_000_000L) {
                x += System.nanoTime() % 7;
            }
            return x >= 0 ? Thread.currentThread() : null;
        });
        // on the same worker, 0.7 s of processor time already spent, a file that uses almost none must pass 0.5 s
        System.setProperty(ProcessingDeadline.PROPERTY, "0.5");
        Thread next = ProcessingDeadline.run(() -> {
            Thread.sleep(300);
            return Thread.currentThread();
        });
        assertThat(next).isSameAs(busy);
    }

    @Test
    void workWithinTheDeadlineGivesItsResultAndItsOwnExceptions() throws Exception {
        assertThat(ProcessingDeadline.run(() -> 42)).isEqualTo(42);
        IllegalStateException own = catchThrowableOfType(() -> ProcessingDeadline.run(() -> {
            throw new IllegalStateException("own");
        }), IllegalStateException.class);
        assertThat(own).hasMessage("own");
    }

    @Test
    void runningOutOfMemoryOnTheWorkerIsARefusal() {
        System.setProperty(ProcessingDeadline.PROPERTY, "60"); // the memory, not the clock, must end this one
        LimitExceededException e = catchThrowableOfType(() -> ProcessingDeadline.run(() -> {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[16 * 1024 * 1024]);
            }
        }), LimitExceededException.class);
        assertThat(e.getMessage()).contains("内存");
    }

    @Test
    void runningOutOfStackOnTheWorkerIsARefusal() {
        System.setProperty(ProcessingDeadline.PROPERTY, "60");
        LimitExceededException e = catchThrowableOfType(() -> ProcessingDeadline.run(() -> deep(0)),
                LimitExceededException.class);
        assertThat(e.getMessage()).contains("嵌套过深");
    }

    private static int deep(int n) {
        return deep(n + 1) + 1;
    }

    @Test
    void theDeadlineIsConfigurable() {
        System.setProperty(ProcessingDeadline.PROPERTY, "120");
        assertThat(ProcessingDeadline.limit().toSeconds()).isEqualTo(120);
        System.setProperty(ProcessingDeadline.PROPERTY, "soon");
        assertThat(ProcessingDeadline.limit()).isEqualTo(ProcessingDeadline.DEFAULT);
    }
}
