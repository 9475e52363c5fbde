package org.budgetworkbench.workflow;

import java.util.List;

/**
 * What became of one file of an import (单个文件的导入结果): read (with the tables found and the regions the
 * reader skipped), left out because the store already had it, or failed with its reason.
 */
public record FileOutcome(String file, Result result, int tables, List<String> skipped, String reason) {
    public enum Result { READ, ALREADY_STORED, FAILED }

    public FileOutcome {
        skipped = List.copyOf(skipped);
    }

    /** The regions of the file that were not read (the reader's notes, less the note of a merge). */
    public List<String> unread() {
        return skipped.stream().filter(s -> !s.startsWith(MERGED)).toList();
    }

    /**
     * Read with regions left out or with no table found (部分读取). The note a PDF gets for being merged with its
     * workbook is no loss.
     */
    public boolean partlyRead() {
        return result == Result.READ && (tables == 0 || !unread().isEmpty());
    }

    /** How the note on a PDF merged with its workbook begins. */
    public static final String MERGED = "已与 ";

    static FileOutcome read(String file, int tables, List<String> skipped) {
        return new FileOutcome(file, Result.READ, tables, skipped, null);
    }

    static FileOutcome known(String file) {
        return new FileOutcome(file, Result.ALREADY_STORED, 0, List.of(), null);
    }

    static FileOutcome failed(String file, String reason) {
        return new FileOutcome(file, Result.FAILED, 0, List.of(), reason);
    }
}
