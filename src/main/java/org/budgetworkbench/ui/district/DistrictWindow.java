package org.budgetworkbench.ui.district;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.budgetworkbench.ui.Texts;

/**
 * The district view's own window (区级总览窗口), beside the main one so both can be looked at; the main window's
 * navigator follows when a folder import stored documents.
 */
public final class DistrictWindow {
    private final DistrictView view;
    private final ResourceBundle bundle;
    private Stage stage;

    public DistrictWindow(DistrictViewModel vm, ResourceBundle b, Executor background, Consumer<Long> open,
                          Runnable stored) {
        this.view = new DistrictView(vm, b, background, new Chooser(b), open);
        this.bundle = b;
        vm.lastImportProperty().addListener((o, a, r) -> {
            if (r != null && !r.stored().isEmpty()) {
                stored.run();
            }
        });
    }

    public DistrictView view() {
        return view;
    }

    /** Shows the window (made on first use) and reads the lines again. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.setTitle(Texts.get(bundle, "district.title"));
            Scene scene = new Scene(view, 1100, 640);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            }
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
        view.refresh();
    }

    /** Asks for a district folder. */
    public static Optional<Path> chooseFolder(Window owner, ResourceBundle b) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(Texts.get(b, "district.chooser.folder"));
        File f = c.showDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** The native dialogs. */
    private record Chooser(ResourceBundle b) implements DistrictView.Chooser {
        @Override
        public Optional<Path> folder(Window owner) {
            return chooseFolder(owner, b);
        }

        @Override
        public Optional<Path> sheetFile(Window owner) {
            FileChooser c = new FileChooser();
            c.setTitle(Texts.get(b, "district.sheet.title"));
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get(b, "district.sheet.filter"),
                    "*.xlsx"));
            c.setInitialFileName("审核检查表.xlsx");
            File f = c.showSaveDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        }
    }
}
