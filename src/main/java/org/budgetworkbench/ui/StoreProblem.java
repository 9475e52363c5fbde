package org.budgetworkbench.ui;

import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import org.budgetworkbench.store.StoreException;

/**
 * The store could not be opened (数据库无法打开): another window of the workbench has it, the file is damaged
 * or not allowed. Started by a double-click there is no console to read, so the window says why before the
 * application closes; the message names the file.
 */
public final class StoreProblem {
    private StoreProblem() {
    }

    public static Alert alert(StoreException problem, ResourceBundle bundle) {
        Alert a = new Alert(Alert.AlertType.ERROR, "", DialogButtons.ok(bundle));
        a.setTitle(Texts.get(bundle, "app.title"));
        a.setHeaderText(Texts.get(bundle, "store.failed.header"));
        Label why = new Label(problem.getMessage());
        why.setWrapText(true);
        why.setMaxWidth(520);
        why.setId("store-problem");
        a.getDialogPane().setContent(why);
        return a;
    }
}
