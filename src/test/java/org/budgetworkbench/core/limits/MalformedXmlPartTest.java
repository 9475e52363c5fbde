package org.budgetworkbench.core.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook whose sheet part is not well-formed XML (格式错误的 XML 部件): a byte that is not UTF-8, a part cut
 * short, a stray bracket. The JDK's XML parser prints "[Fatal Error] …" on the console for such a part unless it is
 * given a handler; the workbench must refuse the file in words and print nothing.
 */
class MalformedXmlPartTest {
    @TempDir
    Path dir;

    private final DisclosureExtractor extractor = new DisclosureExtractor();

    private static final String ROWS = RawXlsx.text("A1", "部门收支总表") + RawXlsx.number("B2", 12.5);

    @Test
    void aSheetWithAByteThatIsNotUtf8IsRefusedWithoutAWordOnTheConsole() throws Exception {
        byte[] head = (RawXlsx.SHEET_HEAD + "<row r=\"1\">" + RawXlsx.text("A1", "部门")).getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("</row>" + RawXlsx.SHEET_TAIL).getBytes(StandardCharsets.UTF_8);
        Path file = new RawXlsx().streamedSheet(out -> {
            out.write(head, 0, head.length - "</t></is></c>".length());
            out.write(new byte[] {(byte) 0xFF, (byte) 0xFE}); // never a UTF-8 byte
            out.write("</t></is></c>".getBytes(StandardCharsets.UTF_8));
            out.write(tail);
        }).write(dir.resolve("not-utf8.xlsx"));
        assertRefusedQuietly(file);
    }

    @Test
    void aSheetCutShortOrWithAStrayBracketIsRefusedWithoutAWordOnTheConsole() throws Exception {
        String whole = RawXlsx.sheetXml("<row r=\"1\">" + ROWS + "</row>", null);
        assertRefusedQuietly(new RawXlsx().part("xl/worksheets/sheet1.xml", whole.substring(0, whole.length() / 2))
                .sheet("", null).write(dir.resolve("cut.xlsx")));
        assertRefusedQuietly(new RawXlsx().sheet("<row r=\"1\"><<" + ROWS + "</row>", null)
                .write(dir.resolve("bracket.xlsx")));
    }

    @Test
    void aWellFormedSheetStillPassesThePrescan() throws Exception {
        // the satisfying case: the silent handler must not turn a good sheet into a refusal
        Path file = new RawXlsx().sheet("<row r=\"1\">" + ROWS + "</row>", null).write(dir.resolve("good.xlsx"));
        String err = stderrOf(() -> {
            try {
                extractor.extract(file);
            } catch (DisclosureReadException e) {
                assertThat(e.getMessage()).doesNotContain("损坏");
            }
        });
        assertThat(err).isEmpty();
    }

    private void assertRefusedQuietly(Path file) {
        String err = stderrOf(() -> {
            DisclosureReadException e = catchThrowableOfType(() -> extractor.extract(file),
                    DisclosureReadException.class);
            assertThat(e).as("%s is refused", file.getFileName()).isNotNull();
            Answers.assertInWords(e.getMessage());
            assertThat(e.getMessage()).contains(file.getFileName().toString());
        });
        assertThat(err).as("the console while reading %s", file.getFileName()).isEmpty();
    }

    /** What {@code work} printed on System.err (on any thread: the reading runs on a worker). */
    private static String stderrOf(Runnable work) {
        PrintStream before = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(before);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
