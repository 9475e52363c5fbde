package org.budgetworkbench.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.check.CorpusDocuments;
import org.budgetworkbench.core.check.FindingsScore;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.export.ReviewSheetWriter;
import org.budgetworkbench.core.json.FindingsJson;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.store.FindingStatus;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoredFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review sheet of the dev corpus PDFs (samples/*.pdf), read back: every core defect of the truth files that
 * the validator finds is listed on its department's sheet; a finding the analyst dismissed is not, one accepted
 * is, with the analyst's note.
 */
class ReviewSheetCorpusTest {
    private static final List<String> IDS = List.of("000_2efbff76b0545c5f", "002_7253a26da12f1913");

    @TempDir
    Path dir;

    @Test
    void listsEveryCoreDefectTheValidatorFindsAndFollowsTheVerdicts() throws Exception {
        List<Path> pdfs = IDS.stream().map(id -> Path.of("samples", id + ".pdf")).toList();
        DisclosureExtractor extractor = new DisclosureExtractor();
        Validator validator = new Validator();
        Path out = dir.resolve("审核检查表.xlsx");
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportReport r = new ImportWorkflow(extractor::extract, store, validator::validate).importFiles(pdfs);
            assertThat(r.storedIds()).hasSize(2);
            new CrossDocumentReview(store).run();

            // the messages of findings that match a core defect must be on the sheet
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < IDS.size(); i++) {
                Document doc = store.documents().load(r.storedIds().get(i)).orElseThrow();
                List<Finding> findings = store.findings().list(r.storedIds().get(i)).stream()
                        .map(StoredFinding::finding).toList();
                Map<Document, List<Finding>> byDoc = new LinkedHashMap<>();
                byDoc.put(doc, findings);
                JsonNode json = new ObjectMapper().readTree(FindingsJson.write(byDoc)).path("documents").get(0)
                        .path("findings");
                for (JsonNode defect : CorpusDocuments.truth(IDS.get(i)).path("defects")) {
                    String sev = defect.path("severity").asText();
                    if (!(sev.equals("error") || sev.equals("warning")) || defect.path("kind").asText().equals("other")) {
                        continue;
                    }
                    for (int k = 0; k < findings.size(); k++) {
                        if (FindingsScore.matches(defect, json.get(k))) {
                            expected.add(findings.get(k).message());
                        }
                    }
                }
            }
            assertThat(expected).as("core defects the validator finds").hasSizeGreaterThan(10);

            // verdicts: dismiss one listed finding, accept another with a note
            long first = r.storedIds().get(0);
            List<StoredFinding> own = store.findings().list(first);
            Finding dismissed = own.get(0).finding();
            Finding accepted = own.get(1).finding();
            store.findings().setStatus(first, dismissed.fingerprint(), FindingStatus.DISMISSED, "口径不同，不作修改");
            store.findings().setStatus(first, accepted.fingerprint(), FindingStatus.ACCEPTED, "已通知单位更正");

            ReviewSheetExport.Result result = new ReviewSheetExport(store).write(
                    new Reviews.Deadline(java.time.LocalDate.of(2024, 1, 20), 20), null, out);
            assertThat(result.departments()).isEqualTo(2);

            String text = sheetText(out);
            for (String message : expected) {
                if (!message.equals(dismissed.message())) {
                    assertThat(text).as("sheet lists the defect found: %s", message).contains(message);
                }
            }
            assertThat(text).contains(accepted.message()).contains("审核意见：已通知单位更正");
            assertThat(text).doesNotContain("口径不同，不作修改");
        }
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo(ReviewSheetWriter.OVERVIEW);
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            Sheet dept = wb.getSheetAt(1);
            assertThat(dept.getPrintSetup().getLandscape()).isTrue();
            assertThat(dept.getRepeatingRows()).isNotNull();
            assertThat(dept.getColumnWidth(4)).isGreaterThan(dept.getColumnWidth(0));
            List<String> items = new ArrayList<>();
            for (Row row : dept) {
                Cell c = row.getCell(1);
                if (c != null) {
                    items.add(c.getStringCellValue());
                }
            }
            assertThat(items).contains("公开时间", "封面", "目录", "主要职能", "机构设置", "名词解释", "编制说明/情况说明",
                    "其他相关说明");
        }
    }

    static String sheetText(Path file) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        sb.append(c.toString()).append('\t');
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }
}
