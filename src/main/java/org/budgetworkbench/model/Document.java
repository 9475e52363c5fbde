package org.budgetworkbench.model;

import java.util.List;
import java.util.Optional;

/**
 * One department's disclosure (部门预算公开 or 部门决算公开) for one fiscal year: its tables, performance
 * targets, self-evaluations, narrative and the other fields of its performance forms. Amounts are in 万元.
 */
public record Document(String department, int year, DocumentKind kind, DocumentScope scope, String unit,
                       List<DisclosureTable> tables, List<Target> targets, List<Evaluation> evaluations,
                       List<NarrativeSection> narrative, List<FormField> formFields) {
    public static final String UNIT = "万元";

    public Document {
        scope = scope == null ? DocumentScope.DEPARTMENT : scope;
        unit = unit == null ? UNIT : unit;
        tables = List.copyOf(tables);
        targets = targets == null ? List.of() : List.copyOf(targets);
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
        narrative = narrative == null ? List.of() : List.copyOf(narrative);
        formFields = formFields == null ? List.of() : List.copyOf(formFields);
    }

    /** A department's document (部门预算/决算), the scope of every document before scopes were told apart. */
    public Document(String department, int year, DocumentKind kind, String unit, List<DisclosureTable> tables,
                    List<Target> targets, List<Evaluation> evaluations, List<NarrativeSection> narrative,
                    List<FormField> formFields) {
        this(department, year, kind, DocumentScope.DEPARTMENT, unit, tables, targets, evaluations, narrative,
                formFields);
    }

    /** The first table of a type (a table printed over several pages is merged before it gets here). */
    public Optional<DisclosureTable> table(TableType type) {
        return tables.stream().filter(t -> t.type() == type).findFirst();
    }

    public Document withTables(List<DisclosureTable> newTables) {
        return new Document(department, year, kind, scope, unit, newTables, targets, evaluations, narrative, formFields);
    }

    public Document withTargets(List<Target> newTargets) {
        return new Document(department, year, kind, scope, unit, tables, newTargets, evaluations, narrative, formFields);
    }

    public Document withNarrative(List<NarrativeSection> newNarrative) {
        return new Document(department, year, kind, scope, unit, tables, targets, evaluations, newNarrative, formFields);
    }

    public Document withScope(DocumentScope newScope) {
        return new Document(department, year, kind, newScope, unit, tables, targets, evaluations, narrative, formFields);
    }

    /** "武汉市洪山区人民政府办公室 2024 年部门预算" (单位预算 for a unit's document) */
    public String displayTitle() {
        return department + " " + year + " 年" + scope.chinese() + kind.chinese();
    }
}
