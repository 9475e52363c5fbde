package org.budgetworkbench.core.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
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
        Thread[] worker = new Thread[1];
        LimitExceededException e = catchThrowableOfType(() -> ProcessingDeadline.run(() -> {
            worker[0] = Thread.currentThread();
            while (true) {
                ProcessingDeadline.check();
            }
        }), LimitExceededException.class);
        assertThat(e.getMessage()).contains(ProcessingDeadline.TOO_COMPLEX).contains("0.5 秒");
        assertThat(worker[0].isAlive()).as("the worker stopped at its next check").isFalse();
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
