package org.budgetworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers pointing one way: model ← core ← store ← cli, ui (the store exports through core, core never reaches the store); JavaFX only in ui. */
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
                .should().dependOnClassesThat().resideInAnyPackage("..core..", "..store..", "..ui..", "..cli..")
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
    void coreAndStoreKnowNothingOfTheFaces() {
        noClasses().that().resideInAnyPackage("..core..", "..store..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..cli..")
                .check(classes);
    }

    @Test
    void coreKnowsNothingOfTheStore() {
        noClasses().that().resideInAPackage("..core..")
                .should().dependOnClassesThat().resideInAPackage("..store..")
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
