package dev.packyard.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md: inner layers never import outer ones, and only the ui layer touches JavaFX. */
class LayeringTest {
    private static final String MODEL = "dev.packyard.model..";
    private static final String SERVICE = "dev.packyard.service..";
    private static final String STORE = "dev.packyard.store..";
    private static final String UPSTREAM = "dev.packyard.upstream..";
    private static final String TASKS = "dev.packyard.tasks..";
    private static final String SERVER = "dev.packyard.server..";
    private static final String DEMO = "dev.packyard.demo..";
    private static final String UI = "dev.packyard.ui..";
    private static final String APP = "dev.packyard.app..";
    private static final String APPLICATION = "dev.packyard.application..";
    private static final String FORMATS = "dev.packyard.formats";
    private static final String FIXTURE_FORMATS = "dev.packyard.architecture.fixture.formats";
    private static final String[] JAVAFX = {"javafx..", "com.sun.javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp.ikonli.javafx.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.packyard");
    }

    @Test
    void onlyTheUiLayerUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage(UI).should().dependOnClassesThat().resideInAnyPackage(JAVAFX)
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage(MODEL).should().dependOnClassesThat()
                .resideInAnyPackage(SERVICE, STORE, UPSTREAM, TASKS, SERVER, DEMO, UI, APP).check(classes);
    }

    @Test
    void serviceDependsOnlyOnModel() {
        noClasses().that().resideInAPackage(SERVICE).should().dependOnClassesThat()
                .resideInAnyPackage(STORE, UPSTREAM, TASKS, SERVER, DEMO, UI, APP).check(classes);
    }

    @Test
    void storeUpstreamAndTasksDoNotReachOutward() {
        noClasses().that().resideInAnyPackage(STORE, UPSTREAM, TASKS).should().dependOnClassesThat()
                .resideInAnyPackage(SERVER, DEMO, UI, APP).check(classes);
    }

    @Test
    void storeIsNotUsedByUpstreamOrTasksDirectly() {
        noClasses().that().resideInAnyPackage(UPSTREAM, TASKS).should().dependOnClassesThat()
                .resideInAnyPackage(STORE).check(classes);
    }

    @Test
    void outerLayersDoNotDependOnTheLauncherOrEachOther() {
        noClasses().that().resideInAnyPackage(SERVER, DEMO, UI).should().dependOnClassesThat().resideInAnyPackage(APP)
                .check(classes);
        noClasses().that().resideInAPackage(UI).should().dependOnClassesThat().resideInAnyPackage(SERVER, DEMO)
                .check(classes);
        noClasses().that().resideInAPackage(SERVER).should().dependOnClassesThat().resideInAnyPackage(UI)
                .check(classes);
    }

    @Test
    void theApplicationLayerUsesOnlyModelServiceUpstreamAndTasks() {
        noClasses().that().resideInAPackage(APPLICATION).should().dependOnClassesThat()
                .resideInAnyPackage(STORE, SERVER, UI, DEMO, APP, FORMATS + "..")
                .because("the use cases reach storage through the service ports and know no protocol, window or format")
                .check(classes);
    }

    // --- The format plug-ins (issue 12): one folder per format, reached only through the facets app hands out. ---

    private static ArchRule formatFoldersDoNotImportEachOther(String formatsRoot) {
        return slices().matching(formatsRoot + ".(*)..").should().notDependOnEachOther()
                .because("everything about one format is in its own folder, so adding or removing one touches no other");
    }

    private static ArchRule onlyTheLauncherImportsFormatFolders(String formatsRoot) {
        return noClasses().that().resideOutsideOfPackages(APP, formatsRoot + "..").should().dependOnClassesThat()
                .resideInAPackage(formatsRoot + ".*..")
                .because("the core takes a format's facets from the plug-in registry in app; it never names a format folder");
    }

    @Test
    void formatFoldersAreIndependentOfEachOther() {
        formatFoldersDoNotImportEachOther(FORMATS).check(classes);
    }

    @Test
    void nothingButTheLauncherImportsAFormatFolder() {
        onlyTheLauncherImportsFormatFolders(FORMATS).check(classes);
        noClasses().that().resideOutsideOfPackages(APP, FORMATS + "..").should().dependOnClassesThat()
                .resideInAPackage(FORMATS).because("the plug-in registry is wired in app alone").check(classes);
    }

    @Test
    void formatFoldersDoNotReachTheConsoleOrTheLauncher() {
        noClasses().that().resideInAPackage(FORMATS + "..").should().dependOnClassesThat().resideInAnyPackage(UI, APP)
                .because("a format plugs into the layers below the console; app wires it in, not the other way round")
                .check(classes);
    }

    @Test
    void upstreamAndTasksDoNotCallTheUseCases() {
        noClasses().that().resideInAnyPackage(UPSTREAM, TASKS).should().dependOnClassesThat().resideInAPackage(APPLICATION)
                .because("the fetch use case drives the upstream clients and the task queue, never the other way round")
                .check(classes);
    }

    @Test
    void theServerTurnsHttpIntoUseCasesWithoutReachingInfrastructure() {
        noClasses().that().resideInAPackage(SERVER)
                .should().dependOnClassesThat().resideInAnyPackage(UPSTREAM, TASKS, STORE)
                .because("the HTTP layer calls application and service facades")
                .check(classes);
    }

    @Test
    void theHttpSideReachesNoStorePort() {
        noClasses().that().resideInAnyPackage(SERVER, FORMATS + ".*.http..").should().dependOnClassesThat()
                .resideInAPackage("dev.packyard.service.persistence..")
                .because("endpoints ask services and facades (HeldPackages, AssetReader); the store "
                        + "ports are for the services behind them")
                .check(classes);
    }

    @Test
    void theConsoleTalksOnlyToTheApplicationAndServiceLayers() {
        noClasses().that().resideInAPackage(UI).should().dependOnClassesThat()
                .resideInAnyPackage(UPSTREAM, TASKS, STORE, SERVER, DEMO)
                .because("the console reaches the infrastructure through application services and the ports app adapts")
                .check(classes);
    }

    @Test
    void theFormatRulesBiteOnClassesThatBreakThem() {
        JavaClasses breaking = new ClassFileImporter().importPackages("dev.packyard.architecture.fixture");

        assertThatThrownBy(() -> formatFoldersDoNotImportEachOther(FIXTURE_FORMATS).check(breaking))
                .isInstanceOf(AssertionError.class).hasMessageContaining("AlphaReader").hasMessageContaining("BetaNames");
        assertThatThrownBy(() -> onlyTheLauncherImportsFormatFolders(FIXTURE_FORMATS).check(breaking))
                .isInstanceOf(AssertionError.class).hasMessageContaining("CoreThatKnowsAFormat")
                .hasMessageNotContaining("AlphaReader");
    }
}
