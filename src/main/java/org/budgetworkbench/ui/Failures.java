package org.budgetworkbench.ui;

import java.io.IOException;
import org.budgetworkbench.core.limits.FileProblems;
import org.budgetworkbench.core.limits.LimitExceededException;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.store.StoreException;

/**
 * 失败说明: what the window says when work in the background failed — the sentence our own exceptions carry, and
 * for anything else a sentence in words with the details in the log, never {@code toString()} of an exception.
 */
public final class Failures {
    private Failures() {
    }

    public static String inWords(Throwable e) {
        if ((e instanceof StoreException || e instanceof DisclosureReadException || e instanceof LimitExceededException
                || e instanceof IOException) && e.getMessage() != null) {
            return e.getMessage();
        }
        return FileProblems.reason(e, "程序出错，未能完成（详情见日志文件）");
    }
}
