package org.budgetworkbench.core.limits;

/**
 * A file went past one of the {@link InputLimits} or the deadline (超出处理上限): the message says which, in
 * words, for the analyst. Unchecked, because it is thrown from inside library callbacks (PDFBox's content
 * stream engine, POI's sheet iteration) that declare no exception of ours, and must unwind them at once.
 */
public class LimitExceededException extends RuntimeException {
    public LimitExceededException(String message) {
        super(message);
    }
}
