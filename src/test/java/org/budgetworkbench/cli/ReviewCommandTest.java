package org.budgetworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code review FOLDER}: a district's folder reviewed in one go, into a new store when asked to make one. */
class ReviewCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path district() throws Exception {
        Path folder = dir.resolve("区");
        Path dept = Files.createDirectories(folder.resolve("区政府办"));
        Files.copy(Path.of("samples/000_2efbff76b0545c5f.xlsx"), dept.resolve("部门预算.xlsx"));
        return folder;
    }

    @Test
    void reviewsAFolderIntoANewStoreAndWritesTheSheet() throws Exception {
        Path sheet = dir.resolve("审核检查表.xlsx");
        int code = run("review", district().toString(), "--db", dir.resolve("store").toString(), "--create-db",
                "--out", sheet.toString());
        assertThat(code).as(err.toString()).isZero();
        try (Workbook wb = WorkbookFactory.create(sheet.toFile())) {
            assertThat(wb.getNumberOfSheets()).isGreaterThanOrEqualTo(2); // the overview and one department
        }
    }

    @Test
    void aMistypedStoreIsAnErrorUnlessItIsToBeCreated() throws Exception {
        int code = run("review", district().toString(), "--db", dir.resolve("no-such-store").toString(),
                "--out", dir.resolve("x.xlsx").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("不存在").contains("--create-db");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }
}
