package dev.packyard.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The demo registry stands in for the outside world, so it must not reach into Packyard beyond the model. */
class DemoIndependenceTest {
    @Test
    void theDemoRegistryUsesOnlyTheModelOfPackyard() {
        noClasses().that().resideInAPackage("dev.packyard.demo..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.packyard.service..", "dev.packyard.store..", "dev.packyard.upstream..",
                        "dev.packyard.tasks..", "dev.packyard.server..", "dev.packyard.ui..", "dev.packyard.app..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.packyard"));
    }
}
