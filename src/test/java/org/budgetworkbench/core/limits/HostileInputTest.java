package org.budgetworkbench.core.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.check.CorpusDocuments;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each class of hostile input the reports found (恶意输入) gets a clear answer from a limit — never the deadline,
 * never an error escaping, never a class name: a document, or a refusal in words saying what is wrong.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private final DisclosureExtractor extractor = new DisclosureExtractor();

    private static String deadline;

    /**
     * What these tests hold is that a limit answers each class, not how fast a loaded build machine is: the
     * deadline is set far out so only a hang would reach it.
     */
    @BeforeAll
    static void farDeadline() {
        deadline = System.getProperty(ProcessingDeadline.PROPERTY);
        System.setProperty(ProcessingDeadline.PROPERTY, "600");
    }

    @AfterAll
    static void restoreDeadline() {
        if (deadline == null) {
            System.clearProperty(ProcessingDeadline.PROPERTY);
        } else {
            System.setProperty(ProcessingDeadline.PROPERTY, deadline);
        }
    }

    private String refusal(Path file) {
        DisclosureReadException e = catchThrowableOfType(() -> extractor.extract(file), DisclosureReadException.class);
        assertThat(e).as("%s is refused", file.getFileName()).isNotNull();
        Answers.assertInWords(e.getMessage());
        assertThat(e.getMessage()).as("answered by a limit, not by the deadline")
                .doesNotContain(ProcessingDeadline.TOO_COMPLEX).contains(file.getFileName().toString());
        return e.getMessage();
    }

    /** A document or a refusal in words, never the deadline: the class stays within what the limits allow. */
    private void answered(Path file) {
        try {
            extractor.extract(file);
        } catch (DisclosureReadException e) {
            Answers.assertInWords(e.getMessage());
            assertThat(e.getMessage()).doesNotContain(ProcessingDeadline.TOO_COMPLEX);
        }
    }

    @Test
    void aWorkbookOfThousandsOfSheetsIsRefusedByTheSheetLimit() throws Exception {
        assertThat(refusal(HostileWorkbooks.manySheets(dir, 2_000))).contains("工作表超过 256 张");
    }

    @Test
    void mergesOverTheWholeGridAreClippedToTheCellsRead() throws Exception {
        answered(HostileWorkbooks.hugeMerges(dir));
    }

    @Test
    void thousandsOfMergesAreReadInLinearTime() throws Exception {
        answered(HostileWorkbooks.manyMerges(dir, 9_000));
        assertThat(refusal(HostileWorkbooks.manyMerges(dir, 10_001))).contains("合并单元格超过 10,000 处");
    }

    @Test
    void aCellAtXfd1048576IsNamedAsNotReadAndTheDisclosureIsStillRead() throws Exception {
        ExtractResult r = extractor.extract(HostileWorkbooks.farCellInDisclosure(dir));
        assertThat(r.document().tables()).isNotEmpty();
        assertThat(r.skipped()).anySatisfy(s -> assertThat(s).contains("XFD1048576").contains("未读取"));
    }

    @Test
    void aRowPastExcelsGridIsRefusedBeforeAnythingIsAllocated() throws Exception {
        assertThat(refusal(HostileWorkbooks.rowPastExcel(dir))).contains("2147483647").contains("超出 Excel 的范围");
    }

    @Test
    void aCellLongerThanExcelAllowsIsRefused() throws Exception {
        assertThat(refusal(HostileWorkbooks.hugeString(dir, 1_000_000))).contains("超过 Excel 单元格的上限");
    }

    @Test
    void cellsFarOutInColumnXfdAreNotReadAndSaidSo() throws Exception {
        assertThat(refusal(HostileWorkbooks.farColumnRows(dir, 50_000))).contains("未读取").contains("XFD");
    }

    @Test
    void millionsOfCellsUnderTheRatioLimitAreRefusedByTheCellLimit() throws Exception {
        assertThat(refusal(HostileWorkbooks.manyCells(dir, 1_000_000))).contains("单元格超过 500,000 个");
    }

    @Test
    void aZipBombIsCalledOne() throws Exception {
        assertThat(refusal(HostileWorkbooks.zipBomb(dir, 100))).contains("压缩炸弹").doesNotContain("已损坏");
    }

    @Test
    void aDoctypeInAnyPartIsRefusedInWords() throws Exception {
        for (String part : List.of("[Content_Types].xml", "docProps/core.xml", "xl/worksheets/sheet1.xml")) {
            assertThat(refusal(HostileWorkbooks.doctype(dir, part))).as(part).contains("DOCTYPE");
        }
    }

    @Test
    void anEncryptedWorkbookIsRefusedForItsPassword() throws Exception {
        assertThat(refusal(HostileWorkbooks.encrypted(dir))).contains("加密");
    }

    @Test
    void aNanNumberIsNoInternalError() throws Exception {
        answered(HostileWorkbooks.nanCell(dir));
    }

    @Test
    void rowsPastTheRowLimitAreNotReadAndSaidSo() throws Exception {
        try {
            ExtractResult r = extractor.extract(HostileWorkbooks.codedRows(dir, 20_100));
            assertThat(r.skipped()).anySatisfy(s -> assertThat(s).contains("20,000 行").contains("未读取"));
        } catch (DisclosureReadException e) {
            assertThat(e.getMessage()).contains("20,000 行").contains("未读取");
        }
    }

    @Test
    void aPageOfTensOfThousandsOfRulingsIsRefusedByTheRulingLimit() throws Exception {
        assertThat(refusal(HostilePdfs.manyRulings(dir, 50_000))).contains("线");
    }

    @Test
    void aPageOfTensOfThousandsOfGlyphsIsRefusedByTheGlyphLimit() throws Exception {
        assertThat(refusal(HostilePdfs.manyGlyphs(dir, 60_000))).contains("文字超过 40,000 个");
    }

    @Test
    void aPdfOfThousandsOfPagesIsRefusedByThePageLimit() throws Exception {
        assertThat(refusal(HostilePdfs.manyPages(dir, 2_000))).contains("2,000 页");
    }

    @Test
    void deeplyNestedPdfStructuresOverflowNothing() throws Exception {
        answered(HostilePdfs.nestedContent(dir, 200_000));
        answered(HostilePdfs.nestedDictionary(dir, 100_000));
    }

    @Test
    void aBrokenCrossReferenceTableIsAnsweredInWords() throws Exception {
        answered(HostilePdfs.malformedXref(dir));
    }

    @Test
    void aNarrativeRepeatingAClauseThousandsOfTimesIsChecked() throws Exception {
        Document doc = HostileDocuments.repeatedClause(CorpusDocuments.document(CorpusDocuments.IDS[1]), 1_200);
        List<Finding> findings = new Validator().validate(doc);
        assertThat(findings).noneSatisfy(f -> assertThat(f.message()).contains("未能检查"));
    }

    @Test
    void twentyThousandCodedRowsAreChecked() throws Exception {
        Document doc = HostileDocuments.manyRows(CorpusDocuments.document(CorpusDocuments.IDS[0]), 20_000);
        List<Finding> findings = new Validator().validate(doc);
        assertThat(findings).noneSatisfy(f -> assertThat(f.message()).contains("未能检查"));
    }

    @Test
    void aDocumentPastTheRowBoundIsRefused() throws Exception {
        Document doc = HostileDocuments.manyRows(CorpusDocuments.document(CorpusDocuments.IDS[0]), 20_001);
        LimitExceededException e = catchThrowableOfType(() -> DocumentBounds.check(doc), LimitExceededException.class);
        assertThat(e.getMessage()).contains("20,000 行");
        Document narrative = HostileDocuments.repeatedClause(CorpusDocuments.document(CorpusDocuments.IDS[1]), 2_000);
        e = catchThrowableOfType(() -> DocumentBounds.check(narrative), LimitExceededException.class);
        assertThat(e.getMessage()).contains("100,000 字");
    }
}
