package org.budgetworkbench.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Dropping files on the window imports them (拖放导入): a drag is accepted when it carries at least one
 * workbook or PDF, and the drop imports those, leaving other files out.
 */
final class FileDrop {
    private final UnaryOperator<List<Path>> importable;
    private final Consumer<List<Path>> importer;

    FileDrop(UnaryOperator<List<Path>> importable, Consumer<List<Path>> importer) {
        this.importable = importable;
        this.importer = importer;
    }

    void attach(Node target) {
        target.setOnDragOver(this::over);
        target.setOnDragDropped(this::dropped);
    }

    private void over(DragEvent e) {
        Dragboard db = e.getDragboard();
        if (db.hasFiles() && accepts(db.getFiles())) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        Dragboard db = e.getDragboard();
        e.setDropCompleted(db.hasFiles() && drop(db.getFiles()));
        e.consume();
    }

    boolean accepts(List<File> files) {
        return !importable.apply(paths(files)).isEmpty();
    }

    /** Imports the importable files of a drop; false when there were none. */
    boolean drop(List<File> files) {
        List<Path> ok = importable.apply(paths(files));
        if (ok.isEmpty()) {
            return false;
        }
        importer.accept(ok);
        return true;
    }

    private static List<Path> paths(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }
}
