package org.budgetworkbench.core.edit;

/** A correction that cannot be made (修改被拒绝): the place does not exist, or the value is not valid there. */
public class EditRejectedException extends IllegalArgumentException {
    public EditRejectedException(String message) {
        super(message);
    }
}
