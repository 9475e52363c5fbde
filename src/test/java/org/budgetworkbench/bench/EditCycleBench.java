package org.budgetworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.edit.Place;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.importing.Samples;
import org.budgetworkbench.ui.main.MainWindowViewModel;

/**
 * What one correction costs in the window (修改耗时), not a test: the edit applied, the document rewritten in the
 * store with its history line, checked again, its findings replaced and the navigator refreshed — all on the
 * FX thread in the app, so this is how long the window waits per keystroke-and-Enter.
 *
 * <pre>
 * mvn -o -q package -DskipTests && mvn -o -q test-compile
 * java -cp target/test-classes:target/budget-workbench.jar org.budgetworkbench.bench.EditCycleBench [edits]
 * </pre>
 */
public final class EditCycleBench {
    private EditCycleBench() {
    }

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path dir = Files.createTempDirectory("bw-edit-bench");
        try (Store store = Store.open(dir.resolve("store"))) {
            MainWindowViewModel vm = new MainWindowViewModel(store, new DisclosureExtractor()::extract,
                    new Validator()::validate, new Samples(List.of(Path.of("samples"))), Language.CHINESE, null);
            vm.applied(vm.importNow(vm.sampleFiles(), true));
            long id = store.documents().list().stream().filter(d -> d.kind().id().equals("budget")).findFirst()
                    .orElseThrow().id();
            var editing = vm.editingOf(id);
            Place.Cell cell = new Place.Cell(TableType.BUDGET_EXPENDITURE, "2010301", "total");
            String original = org.budgetworkbench.core.edit.DocumentEditor.valueAt(editing.current(), cell);
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                long t0 = System.nanoTime();
                editing.set(cell, i % 2 == 0 ? "1050.55" : original);
                micros.add((System.nanoTime() - t0) / 1000);
            }
            List<Long> timed = new ArrayList<>(micros.subList(Math.min(10, micros.size() / 2), micros.size()));
            Collections.sort(timed);
            System.out.printf("%d edits (first %d not counted): median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                    edits, edits - timed.size(), timed.get(timed.size() / 2) / 1000.0,
                    timed.get(timed.size() * 9 / 10) / 1000.0, timed.get(timed.size() - 1) / 1000.0);
        }
    }
}
