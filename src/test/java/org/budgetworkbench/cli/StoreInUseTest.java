package org.budgetworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.budgetworkbench.store.ChildJvm;
import org.budgetworkbench.store.HoldStore;
import org.budgetworkbench.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line on a store another program has open, missing, or in a mistyped folder: told in words. */
class StoreInUseTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void aStoreOpenInAnotherProgramIsSaidToBeInUse() throws Exception {
        Path db = dir.resolve("store");
        Store.open(db).close();
        try (ChildJvm other = new ChildJvm(HoldStore.class, db.toString())) {
            assertThat(other.awaitLine("open")).isTrue();
            assertThat(run("import", "samples/000_2efbff76b0545c5f.xlsx", "--db", db.toString())).isNotZero();
            assertThat(err.toString()).contains("正被另一个程序使用").doesNotContain("Exception");
        }
    }

    @Test
    void aMistypedStoreIsAnErrorAndCreatesNothingUnlessImportIsToldTo() {
        Path db = dir.resolve("tpyo").resolve("store");
        assertThat(run("import", "samples/000_2efbff76b0545c5f.xlsx", "--db", db.toString())).isNotZero();
        assertThat(err.toString()).contains("不存在");
        assertThat(db.getParent()).doesNotExist();
        assertThat(run("report", "--out", dir.resolve("r.xlsx").toString(), "--db", db.toString())).isNotZero();
        assertThat(db.getParent()).doesNotExist();
        assertThat(run("import", "samples/000_2efbff76b0545c5f.xlsx", "--db", db.toString(), "--create-db")).isZero();
        assertThat(db.resolveSibling("store.mv.db")).exists();
    }

    @Test
    void exportIntoAMissingFolderIsAnError() {
        Path db = dir.resolve("store");
        assertThat(run("import", "samples/000_2efbff76b0545c5f.xlsx", "--db", db.toString(), "--create-db")).isZero();
        assertThat(run("export", "--db", db.toString(), "--department", "武汉市洪山区人民政府办公室", "--year", "2024",
                "--kind", "budget", "--out", dir.resolve("missing").resolve("x.xlsx").toString())).isNotZero();
        assertThat(err.toString()).contains("不存在");
        assertThat(dir.resolve("missing")).doesNotExist();
    }
}
