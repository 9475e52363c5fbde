package org.budgetworkbench.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FunctionClassificationTest {
    private final FunctionClassification catalogue = FunctionClassification.get();

    @Test
    void hasEveryClassOfTheContract() {
        List<String> classes = List.of("201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212",
                "213", "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "227", "229", "230",
                "231", "232", "233", "234");
        assertThat(classes).allMatch(catalogue::contains);
        assertThat(catalogue.entries().stream().filter(e -> e.level() == 1).map(ClassificationEntry::code))
                .containsExactlyInAnyOrderElementsOf(classes);
        assertThat(catalogue.find("234")).map(ClassificationEntry::name).contains("抗疫特别国债安排的支出");
    }

    @Test
    void isLargeEnoughToCoverWhatDepartmentsUse() {
        assertThat(catalogue.entries()).hasSizeGreaterThan(800);
        assertThat(catalogue.children("201")).hasSizeGreaterThan(25);
    }

    @Test
    void codesHaveThreeFiveOrSevenDigits() {
        assertThat(catalogue.entries()).allSatisfy(e -> assertThat(e.code()).matches("[0-9]{3}|[0-9]{5}|[0-9]{7}"));
        assertThat(catalogue.entries()).allSatisfy(e -> assertThat(e.name()).isNotBlank().doesNotContain(" "));
    }

    @Test
    void everyKuanAndXiangHasItsParentAndClass() {
        for (ClassificationEntry e : catalogue.entries()) {
            if (e.level() > 1) {
                String parent = Classification.parentCode(e.code()).orElseThrow();
                assertThat(catalogue.contains(parent)).as("parent of " + e.code()).isTrue();
                assertThat(catalogue.classOf(e.code())).as("class of " + e.code()).isPresent();
            }
        }
    }

    @Test
    void dataFileHasNoDuplicateCodes() throws IOException {
        Set<String> seen = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/catalog/function-classification.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    assertThat(seen.add(line.split("\t")[0])).as("duplicate " + line).isTrue();
                }
            }
        }
        assertThat(seen).hasSize(catalogue.entries().size());
    }

    @Test
    void usesTheCatalogueNamesWithFullWidthBrackets() {
        assertThat(catalogue.find("20103")).map(ClassificationEntry::name).contains("政府办公厅（室）及相关机构事务");
        assertThat(catalogue.nameMatches("20103", "政府办公厅(室)及相关机构事务")).isTrue();
        assertThat(catalogue.find("2080505")).map(ClassificationEntry::name).contains("机关事业单位基本养老保险缴费支出");
        assertThat(catalogue.find("2210201")).map(ClassificationEntry::name).contains("住房公积金");
    }

    @Test
    void nameMatchesRejectsAnotherCodesName() {
        assertThat(catalogue.nameMatches("2010301", "行政运行")).isTrue();
        assertThat(catalogue.nameMatches("2010301", "事业运行")).isFalse();
        assertThat(catalogue.nameMatches("9999999", "行政运行")).isFalse();
    }

    @Test
    void byNameFindsXingZhengYunXingUnderManyKuan() {
        List<String> codes = catalogue.byName("行政运行").stream().map(ClassificationEntry::code).toList();
        assertThat(codes).contains("2010101", "2010301", "2010401", "2040201", "2080101", "2240101");
        assertThat(codes).allMatch(c -> c.length() == 7 && c.endsWith("01"));
        assertThat(catalogue.byName("不存在的科目")).isEmpty();
    }

    @Test
    void formerNamesStillMatch() {
        assertThat(catalogue.nameMatches("210", "医疗卫生与计划生育支出")).isTrue();
        assertThat(catalogue.nameMatches("210", "卫生健康支出")).isTrue();
        assertThat(catalogue.nameMatches("21001", "医疗卫生与计划生育管理事务")).isTrue();
        assertThat(catalogue.nameMatches("207", "文化体育与传媒支出")).isTrue();
        assertThat(catalogue.nameMatches("212", "城乡社区事务")).isTrue();
        assertThat(catalogue.byName("医疗卫生与计划生育支出")).extracting(ClassificationEntry::code).containsExactly("210");
    }

    @Test
    void childrenAreOneLevelDownInCodeOrder() {
        List<String> kuan = catalogue.children("221").stream().map(ClassificationEntry::code).toList();
        assertThat(kuan).contains("22101", "22102", "22103").isSorted().allMatch(c -> c.length() == 5);
        assertThat(catalogue.children("22102")).extracting(ClassificationEntry::code)
                .containsExactly("2210201", "2210202", "2210203");
        assertThat(catalogue.children("2210201")).isEmpty();
        assertThat(catalogue.children("999")).isEmpty();
    }

    @Test
    void classOfAnyLevel() {
        assertThat(catalogue.classOf("2101101")).map(ClassificationEntry::name).contains("卫生健康支出");
        assertThat(catalogue.classOf("21011")).map(ClassificationEntry::code).contains("210");
        assertThat(catalogue.classOf("210")).map(ClassificationEntry::code).contains("210");
        assertThat(catalogue.classOf("20")).isEmpty();
        assertThat(catalogue.classOf(null)).isEmpty();
    }
}
