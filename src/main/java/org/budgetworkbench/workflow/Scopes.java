package org.budgetworkbench.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetworkbench.core.across.UnitsWithinDepartment;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentScope;

/**
 * Which documents are a department's (部门) and which its units' (单位): the scope the reader found on the cover
 * or title (单位预算/单位决算), else a document named among another's units is a unit's; a department's units
 * are the documents of the same year and kind its 收入总表 lists.
 */
final class Scopes {
    static final String DEPARTMENT = "部门";
    static final String UNIT = "单位";

    private Scopes() {
    }

    /** The units' documents of the same year and kind that {@code dept}'s 收入总表 lists. */
    static List<Document> unitsOf(Document dept, Collection<Document> all) {
        Set<String> listed = UnitsWithinDepartment.listedUnits(dept).stream().map(Scopes::name)
                .collect(Collectors.toSet());
        if (listed.isEmpty()) {
            return List.of();
        }
        if (dept.scope() == DocumentScope.UNIT) {
            return List.of();
        }
        return all.stream().filter(u -> u != dept && u.year() == dept.year() && u.kind() == dept.kind()
                && !name(u.department()).equals(name(dept.department())) && listed.contains(name(u.department())))
                .toList();
    }

    /** 部门 or 单位 for a document among the others in the store. */
    static String scope(Document doc, Collection<Document> all) {
        if (doc.scope() == DocumentScope.UNIT) {
            return UNIT;
        }
        if (!unitsOf(doc, all).isEmpty()) {
            return DEPARTMENT;
        }
        String n = name(doc.department());
        boolean listedElsewhere = all.stream().anyMatch(d -> d != doc && d.year() == doc.year()
                && !name(d.department()).equals(n)
                && UnitsWithinDepartment.listedUnits(d).stream().map(Scopes::name).anyMatch(n::equals));
        return listedElsewhere ? UNIT : DEPARTMENT;
    }

    private static String name(String s) {
        return UnitsWithinDepartment.name(s);
    }
}
