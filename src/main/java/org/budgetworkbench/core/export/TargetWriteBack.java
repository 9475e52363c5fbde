package org.budgetworkbench.core.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Target;

/**
 * 绩效目标回写: puts a document's performance targets back into the form cells they were read from — each goal's
 * text, each indicator's 一级 / 二级 / 三级 names and its 指标值. A cell several indicators share (a merged 一级,
 * a 二级 printed once for the lines below it, a cell listing numbered indicators) is written only when all of
 * them agree on it; otherwise, like an indicator added in the workbench that has no row in the form, it is
 * listed as not written rather than dropped.
 */
final class TargetWriteBack {
    private final CellWriter cells;

    TargetWriteBack(CellWriter cells) {
        this.cells = cells;
    }

    void write(List<Target> targets) {
        for (Target t : targets) {
            if (t.goalCell() != null && t.goal() != null) {
                cells.labelledText(t.goalCell(), t.goal(), owner(t) + " 目标内容");
            }
        }
        List<Indicator> all = targets.stream().flatMap(t -> t.indicators().stream()).toList();
        shared(all, Indicator::valueCell, Indicator::value, "指标值", false);
        shared(all, i -> i.nameCells().level1(), Indicator::level1, "一级指标", true);
        shared(all, i -> i.nameCells().level2(), Indicator::level2, "二级指标", true);
        shared(all, i -> i.nameCells().level3(), Indicator::level3, "三级指标", true);
        for (Target t : targets) {
            boolean fromWorkbook = t.indicators().stream().anyMatch(i -> i.valueCell() != null
                    || !i.nameCells().isEmpty());
            for (Indicator i : t.indicators()) {
                if (fromWorkbook && i.valueCell() == null && i.nameCells().isEmpty()) {
                    // an indicator added in the workbench has no row in the department's form: said, not dropped
                    cells.skip(owner(t) + " 指标“" + name(i) + "”是在工作台中添加的，原工作簿的绩效目标表中没有它的行，"
                            + "未写入（请在原表" + (i.level1() == null ? "" : i.level1() + "下") + "添加一行）");
                }
            }
        }
    }

    /**
     * Writes one field of every indicator into its cell. Indicators pointing into the same shown cell share it:
     * one indicator writes it whole; several write it when they all want the same text (a merged 一级 renamed
     * for the whole block), and a cell that lists several numbered values is left and named when one of them
     * changed.
     */
    private void shared(List<Indicator> all, Function<Indicator, CellRef> where, Function<Indicator, String> what,
                        String field, boolean labelled) {
        Map<CellRef, List<Indicator>> byCell = new LinkedHashMap<>();
        for (Indicator i : all) {
            CellRef shown = cells.shown(where.apply(i));
            if (shown != null) {
                byCell.computeIfAbsent(shown, k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<CellRef, List<Indicator>> e : byCell.entrySet()) {
            List<Indicator> sharing = e.getValue();
            Set<String> wanted = new LinkedHashSet<>();
            sharing.forEach(i -> wanted.add(Objects.requireNonNullElse(what.apply(i), "").strip()));
            String place = e.getKey().sheet() + "!" + e.getKey().address();
            if (wanted.size() == 1 && (sharing.size() == 1 || !listsEach(e.getKey(), sharing, what))) {
                String v = wanted.iterator().next();
                if (labelled) {
                    cells.labelledText(e.getKey(), v, field + " " + name(sharing.get(0)));
                } else {
                    cells.text(e.getKey(), v, field + " " + name(sharing.get(0)));
                }
            } else if (!listsAll(e.getKey(), sharing, what)) {
                cells.skip(field + " " + place + " 为 " + sharing.size() + " 个指标（" + names(sharing)
                        + "）共用，其中有改动，无法只改其中一个，未写入（请在原表中直接修改）");
            }
        }
    }

    /** Whether the cell lists each sharing indicator's text apart (1. 聘用人员数量；2. 培训次数), not one for all. */
    private boolean listsEach(CellRef cell, List<Indicator> sharing, Function<Indicator, String> what) {
        return sharing.stream().map(what).filter(Objects::nonNull).distinct().count() > 1
                || CellWriter.asRead(cells.text(cell)).length() > CellWriter.asRead(
                        Objects.requireNonNullElse(what.apply(sharing.get(0)), "")).length() * sharing.size();
    }

    /** Whether the cell still holds every sharing indicator's text: nothing of it was changed. */
    private boolean listsAll(CellRef cell, List<Indicator> sharing, Function<Indicator, String> what) {
        String printed = CellWriter.asRead(cells.text(cell));
        return sharing.stream().map(what).map(v -> CellWriter.asRead(Objects.requireNonNullElse(v, "")))
                .allMatch(printed::contains);
    }

    private static String owner(Target t) {
        return (t.project() != null ? t.project() : t.scope() == null ? "" : t.scope().chinese())
                + (t.label() == null ? "" : " " + t.label());
    }

    private static String name(Indicator i) {
        return i.level3() == null ? "（未命名）" : i.level3();
    }

    private static String names(List<Indicator> sharing) {
        return String.join("、", sharing.stream().map(TargetWriteBack::name).toList());
    }
}
