package org.budgetworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export opens in another spreadsheet program, not only in POI: LibreOffice converts it and finds the figures. */
class LibreOfficeOpensExportTest {
    @TempDir
    Path dir;

    private static String soffice() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, "soffice"))) {
                return Path.of(p, "soffice").toString();
            }
        }
        return null;
    }

    @Test
    void libreOfficeReadsTheSummaryTable() throws IOException, InterruptedException {
        String soffice = soffice();
        // .ci/run installs LibreOffice: on CI its absence is a failure, on a developer's machine a skip
        if (System.getenv("CI") != null) {
            assertThat(soffice).as("LibreOffice (soffice) must be installed on CI").isNotNull();
        }
        assumeTrue(soffice != null, "LibreOffice (soffice) not installed; .ci/run installs it");
        Path xlsx = dir.resolve("export.xlsx");
        new DisclosureWorkbookWriter().write(DisclosureWorkbookWriterTest.truth(DisclosureWorkbookWriterTest.BUDGET), xlsx);
        Path profile = dir.resolve("lo-profile");
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", dir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path csv = dir.resolve("export.csv");
        assertThat(csv).as(Files.readString(dir.resolve("soffice.log"))).exists();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        // The first sheet is 表1 收支总表 (UTF-8 CSV, filter token 76): its title, an income line with its figure.
        assertThat(text).contains("收支总表", "一、一般公共预算拨款收入", "收入总计");
        assertThat(text).containsPattern("一、一般公共预算拨款收入\"?,\"?2,?255\\.84");
    }
}
