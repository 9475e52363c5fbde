package org.budgetworkbench.model;

import java.util.List;

/**
 * 表头 as printed: the caption lines above a table's own title (a part title stacked over it, "编制单位：…",
 * "单位：万元") and the labels of its column header, top to bottom and left to right, each once. The readers
 * turn the header into column ids; the words themselves are kept because a reviewer reads them too — a header
 * copied from another table ("本年政府性基金预算支出" over the 国有资本经营 table) or a part title naming another
 * body is a fault of the document even where every figure is right. Not part of extract@1.
 */
public record TableHead(List<String> captions, List<String> labels) {
    /** A table whose head was not kept (built in code, read back from extract@1). */
    public static final TableHead NONE = new TableHead(List.of(), List.of());

    public TableHead {
        captions = captions == null ? List.of() : List.copyOf(captions);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public boolean isEmpty() {
        return captions.isEmpty() && labels.isEmpty();
    }
}
