package org.budgetworkbench.core.fix;

import java.util.Objects;
import org.budgetworkbench.core.edit.Edit;
import org.budgetworkbench.core.edit.EditSession;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;

/**
 * A one-click fix (一键修正) for a finding: the correction that would settle it and a Chinese sentence saying
 * what it does ("将 221 住房保障支出 合计 由 210.49 改为 210.50（支出总表）").
 */
public record FixProposal(Finding finding, Edit edit, String description) {
    public FixProposal {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(edit, "edit");
        Objects.requireNonNull(description, "description");
    }

    /** Makes the fix through the session, so that it can be undone and is heard by its listeners. */
    public Document applyTo(EditSession session) {
        return session.apply(edit);
    }
}
