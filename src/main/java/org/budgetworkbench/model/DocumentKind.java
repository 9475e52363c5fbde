package org.budgetworkbench.model;

/** 预算 (budget disclosure) or 决算 (final-accounts disclosure). */
public enum DocumentKind {
    BUDGET("budget", "预算"),
    FINAL("final", "决算");

    private final String id;
    private final String chinese;

    DocumentKind(String id, String chinese) {
        this.id = id;
        this.chinese = chinese;
    }

    /** The id used in extract@1 ({@code budget} / {@code final}). */
    public String id() {
        return id;
    }

    public String chinese() {
        return chinese;
    }

    public static DocumentKind fromId(String id) {
        for (DocumentKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown document kind: " + id);
    }
}
