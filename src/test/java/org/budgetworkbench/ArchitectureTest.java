package org.budgetworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers pointing one way: model ← core ← store ← workflow ← ui, cli. Core never reaches the store
 * or the workflows; the store never reaches the workflows (imports, reviews and exports of what it holds live
 * there, once for the window and the command line); JavaFX only in ui.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.budgetworkbench");
    }

    @Test
    void modelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("..core..", "..store..", "..workflow..", "..ui..",
                        "..cli..")
                .check(classes);
    }

    @Test
    void modelUsesNoLibraries() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache..", "com.fasterxml..", "org.h2..",
                        "org.flywaydb..", "javafx..", "org.controlsfx..", "picocli..")
                .check(classes);
    }

    @Test
    void coreStoreAndWorkflowsKnowNothingOfTheFaces() {
        noClasses().that().resideInAnyPackage("..core..", "..store..", "..workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..cli..")
                .check(classes);
    }

    @Test
    void coreKnowsNothingOfTheStoreNorTheWorkflows() {
        noClasses().that().resideInAPackage("..core..")
                .should().dependOnClassesThat().resideInAnyPackage("..store..", "..workflow..")
                .check(classes);
    }

    @Test
    void storeKnowsNothingOfTheWorkflows() {
        noClasses().that().resideInAPackage("..store..")
                .should().dependOnClassesThat().resideInAPackage("..workflow..")
                .check(classes);
    }

    @Test
    void javaFxOnlyInUi() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.budgetworkbench")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void cliDoesNotReachIntoUi() {
        noClasses().that().resideInAPackage("..cli..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }
}
