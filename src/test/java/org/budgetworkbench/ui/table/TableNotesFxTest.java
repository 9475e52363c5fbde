package org.budgetworkbench.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.ui.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The notes printed under a table (注：本表无数据 …) are shown under it in the window, as printed; none, no label. */
@ExtendWith(ApplicationExtension.class)
class TableNotesFxTest {
    private static final ResourceBundle ZH = Language.CHINESE.bundle();
    private static final List<String> NOTES = List.of("注：本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。",
            "说明：本表按功能分类列示。");

    private static DisclosureTable table(TableType type, List<String> notes) {
        Map<String, BigDecimal> blank = new HashMap<>();
        blank.put("total", null);
        return new DisclosureTable(type, type.standardTitle(), TableSource.UNKNOWN,
                List.of(new Row("total", "合计", blank)), List.of("total"), notes);
    }

    @Start
    void start(Stage stage) {
        DisclosureTableView noted = new DisclosureTableView(
                new DisclosureTableViewModel(table(TableType.BUDGET_GOV_FUND, NOTES), ZH), ZH);
        noted.setId("noted");
        DisclosureTableView plain = new DisclosureTableView(
                new DisclosureTableViewModel(table(TableType.BUDGET_STATE_CAPITAL, List.of()), ZH), ZH);
        plain.setId("plain");
        stage.setScene(new Scene(new HBox(noted, plain), 1000, 500));
        stage.show();
    }

    @Test
    void theNotesStandUnderTheTableThatPrintsThem(FxRobot robot) {
        Label notes = robot.lookup("#noted #" + TableNotesLabel.ID).queryAs(Label.class);
        assertThat(notes.getText()).isEqualTo(String.join("\n", NOTES));
        assertThat(notes.isVisible()).isTrue();
        assertThat(robot.lookup("#plain #" + TableNotesLabel.ID).tryQuery()).isEmpty();
    }

    @Test
    void theViewModelGivesTheNotesAsPrinted() {
        assertThat(new DisclosureTableViewModel(table(TableType.BUDGET_GOV_FUND, NOTES), ZH).notes())
                .containsExactlyElementsOf(NOTES);
    }
}
