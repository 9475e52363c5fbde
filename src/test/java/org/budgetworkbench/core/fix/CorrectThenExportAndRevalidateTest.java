package org.budgetworkbench.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.edit.EditSession;
import org.budgetworkbench.core.edit.Place;
import org.budgetworkbench.core.export.DisclosureWorkbookWriter;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst's loop end to end: a correction reaches the exported workbook; a fix makes its finding go. */
class CorrectThenExportAndRevalidateTest {
    @TempDir
    Path dir;

    private static Document budget() throws Exception {
        return ExtractJson.read(Files.readString(Path.of("src/test/resources/corpus/000_2efbff76b0545c5f.truth.json")))
                .get(0);
    }

    @Test
    void anExportAfterACorrectionCarriesTheCorrectedFigure() throws Exception {
        EditSession session = new EditSession(budget());
        session.set(new Place.Cell(TableType.BUDGET_EXPENDITURE, "2210203", "total"), "47.60");
        Path out = dir.resolve("corrected.xlsx");
        new DisclosureWorkbookWriter().write(session.current(), out);

        Document back = new DisclosureExtractor().extract(out).document();
        Row row = back.table(TableType.BUDGET_EXPENDITURE).orElseThrow().row("2210203").orElseThrow();
        assertThat(row.amount("total")).isEqualByComparingTo("47.60");
    }

    @Test
    void aFixAppliedFromAFindingRemovesTheFindingOnRevalidation() throws Exception {
        Document doc = budget();
        DisclosureTable t = doc.table(TableType.BUDGET_EXPENDITURE).orElseThrow();
        // break a class total: 221 住房保障支出 printed 5.00 too high
        List<Row> rows = t.rows().stream()
                .map(r -> r.key().equals("221") ? r.withValue("total", r.amount("total").add(new BigDecimal("5.00"))) : r)
                .collect(Collectors.toList());
        Document broken = doc.withTables(doc.tables().stream().map(x -> x == t ? t.withRows(rows) : x).toList());

        Validator validator = new Validator();
        List<Finding> before = validator.validate(broken);
        Finding sum = before.stream()
                .filter(f -> f.severity() == Severity.ERROR && "budget.expenditure".equals(f.where().table())
                        && "221".equals(f.where().row()) && "total".equals(f.where().column()))
                .findFirst().orElseThrow();
        FixProposal proposal = Fixes.propose(broken, sum).orElseThrow();
        assertThat(proposal.description()).contains("221");

        EditSession session = new EditSession(broken);
        proposal.applyTo(session);
        List<Finding> after = validator.validate(session.current());
        assertThat(after).noneMatch(f -> f.fingerprint().equals(sum.fingerprint()));
        assertThat(session.current().table(TableType.BUDGET_EXPENDITURE).orElseThrow().row("221").orElseThrow()
                .amount("total")).isEqualByComparingTo("210.49");

        session.undo();
        assertThat(validator.validate(session.current())).anyMatch(f -> f.fingerprint().equals(sum.fingerprint()));
    }
}
