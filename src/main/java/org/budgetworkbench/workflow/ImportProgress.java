package org.budgetworkbench.workflow;

import java.nio.file.Path;

/** How an import reports its progress and learns it was cancelled (导入进度); the window's Task implements it. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void reading(int index, int total, Path file) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** About to read the file numbered {@code index} (from 0) of {@code total}. */
    void reading(int index, int total, Path file);

    /** Asked between files; true stops the import and stores nothing. */
    boolean cancelled();
}
