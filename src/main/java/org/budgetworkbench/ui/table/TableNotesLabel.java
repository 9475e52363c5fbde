package org.budgetworkbench.ui.table;

import java.util.List;
import javafx.scene.control.Label;

/**
 * 表注: the notes printed under a table (注：本表无数据, 说明：…故本表为空表), shown under it as printed. An empty
 * table with its note reads as empty on purpose; without the note on screen the analyst could not tell why the
 * checks accept it.
 */
final class TableNotesLabel extends Label {
    static final String ID = "table-notes";

    TableNotesLabel(List<String> notes) {
        super(String.join("\n", notes));
        setId(ID);
        getStyleClass().add("table-notes");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
    }
}
