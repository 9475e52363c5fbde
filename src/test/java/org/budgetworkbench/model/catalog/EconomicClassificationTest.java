package org.budgetworkbench.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EconomicClassificationTest {
    private final EconomicClassification catalogue = EconomicClassification.get();

    @Test
    void hasEveryClassOfTheContractAndOnlyClassesAndKuan() {
        List<String> classes = List.of("301", "302", "303", "307", "309", "310", "311", "312", "313", "399");
        assertThat(catalogue.entries().stream().filter(e -> e.level() == 1).map(ClassificationEntry::code))
                .containsExactlyInAnyOrderElementsOf(classes);
        assertThat(catalogue.entries()).allSatisfy(e -> assertThat(e.code()).matches("[0-9]{3}|[0-9]{5}"));
    }

    @Test
    void everyKuanHasItsClass() {
        catalogue.entries().stream().filter(e -> e.level() == 2).forEach(e ->
                assertThat(catalogue.classOf(e.code())).as("class of " + e.code()).isPresent());
    }

    @Test
    void wagesAndBenefitsHaveTheirThirteenKuan() {
        assertThat(catalogue.children("301")).extracting(ClassificationEntry::code).containsExactly(
                "30101", "30102", "30103", "30106", "30107", "30108", "30109", "30110", "30111", "30112", "30113",
                "30114", "30199");
    }

    @Test
    void theThreePublicKuanAreThere() {
        // 三公 checks compare against these three lines of the basic-expenditure table
        assertThat(catalogue.find("30217")).map(ClassificationEntry::name).contains("公务接待费");
        assertThat(catalogue.find("30231")).map(ClassificationEntry::name).contains("公务用车运行维护费");
        assertThat(catalogue.nameMatches("30212", "因公出国(境)费用")).isTrue();
        assertThat(catalogue.nameMatches("30213", "维修（护）费")).isTrue();
    }

    @Test
    void otherSubsidyNameStandsUnderBothEnterpriseClasses() {
        assertThat(catalogue.byName("其他对企业补助")).extracting(ClassificationEntry::code)
                .containsExactly("31199", "31299");
    }
}
