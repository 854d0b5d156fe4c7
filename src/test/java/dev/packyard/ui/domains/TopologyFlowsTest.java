package dev.packyard.ui.domains;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.RepositoryId;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.main.MainViewModel;
import dev.packyard.ui.settings.Appearance;
import dev.packyard.ui.testing.RecordingDialogService.Shown;
import dev.packyard.ui.testing.UiFixture;
import dev.packyard.ui.welcome.WelcomeViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export topology… and Import topology… on the domains screen, and the file the console is opened with. */
class TopologyFlowsTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;
    UiFixture fx;
    DomainsViewModel model;

    @BeforeEach
    void open() {
        fx = new UiFixture(dir);
        model = new DomainsViewModel(fx.screen(), Optional.empty());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private void acme() {
        DomainId acme = fx.domain("acme");
        RepositoryId store = fx.repository(acme, "npm-store");
        fx.connect(store, ExternalConnection.NPMJS);
        fx.repository(acme, "team", "npm-store");
    }

    private Path exported() {
        acme();
        model.refresh();
        Path file = files.resolve("acme.packyard");
        fx.dialogs.chooseFile(file);
        model.exportTopology();
        return file;
    }

    @Test
    void exportWritesTheSelectedDomainToTheChosenFileAndSaysWhere() throws IOException {
        Path file = exported();

        assertThat(fx.dialogs.fileChoosers()).containsExactly(
                "save: Export topology of acme as acme.packyard [*.packyard, *.packyard.json]");
        assertThat(Files.readString(file)).startsWith("{\n  \"format\": \"packyard-topology\",\n  \"version\": 1,\n"
                + "  \"domain\": \"acme\",").contains("\"public:npmjs\"");
        assertThat(fx.dialogs.infos()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Topology exported");
            assertThat(i.message()).startsWith("The topology of domain acme (2 repositories, without their packages) was written to " + file);
        });
        assertThat(fx.dialogs.errors()).isEmpty();
    }

    @Test
    void cancellingTheFileChooserWritesNothing() {
        acme();
        model.refresh();
        fx.dialogs.cancelFileChooser();

        model.exportTopology();

        assertThat(fx.dialogs.infos()).isEmpty();
        assertThat(files).isEmptyDirectory();
    }

    @Test
    void importIntoAnotherDomainConfirmsWhatWillBeCreatedThenShowsTheDomain() {
        Path file = exported();
        fx.dialogs.chooseFile(file).fillForm(ImportTopologyForm.DOMAIN, "copy").answerConfirm(true);

        model.importTopology();

        assertThat(((ImportTopologyForm) fx.dialogs.lastForm()).domain()).isEqualTo("copy");
        assertThat(fx.dialogs.confirmations()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Import acme.packyard into copy?");
            assertThat(c.message()).isEqualTo("""
                    Domain copy will be created. 2 repositories will be created, in this order:
                      • npm-store (external connection public:npmjs)
                      • team (upstreams npm-store)""");
        });
        assertThat(fx.backend.catalog().repositories().describe(null, "copy", "team").upstreams()).containsExactly("npm-store");
        assertThat(fx.navigator.last()).isEqualTo(NavTarget.Domains.of(new DomainId(fx.account(), "copy")));
        assertThat(fx.dialogs.errors()).isEmpty();
    }

    @Test
    void theImportFormStartsWithTheFilesDomain() {
        Path file = exported();
        fx.dialogs.chooseFile(file).cancelForm();

        model.importTopology();

        assertThat(((ImportTopologyForm) fx.dialogs.lastForm()).domain()).isEqualTo("acme");
        assertThat(fx.dialogs.confirmations()).isEmpty();
    }

    @Test
    void existingRepositoriesAreNamedAndSkippedOnlyWhenTheUserSaysSo() {
        Path file = exported();
        fx.backend.catalog().repositories().delete(null, "acme", "team");

        fx.dialogs.chooseFile(file).fillForm(ImportTopologyForm.DOMAIN, "acme").answerConfirm(false);
        model.importTopology();
        assertThat(fx.dialogs.confirmations()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Some repositories already exist");
            assertThat(c.message()).isEqualTo("Domain acme already has repository npm-store. Import the others and leave it as it is?");
        });
        assertThat(fx.backend.catalog().domains().describe(null, "acme").repositoryCount()).isEqualTo(1);

        fx.dialogs.chooseFile(file).fillForm(ImportTopologyForm.DOMAIN, "acme").answerConfirm(true).answerConfirm(true);
        model.importTopology();
        assertThat(fx.dialogs.confirmations()).extracting(Shown::message).last().isEqualTo("""
                Into the existing domain acme. 1 repository will be created, in this order:
                  • team (upstreams npm-store)
                1 repository already exists and is left as it is: npm-store""");
        assertThat(fx.backend.catalog().domains().describe(null, "acme").repositoryCount()).isEqualTo(2);
    }

    @Test
    void aFileWithProblemsListsThemAllAndImportsNothing() throws IOException {
        Path file = files.resolve("bad.packyard.json");
        Files.writeString(file, """
                {"format": "packyard-topology", "version": 1, "domain": "acme", "repositories": [
                  {"name": "app", "upstreams": ["ghost"]},
                  {"name": "npm", "externalConnections": ["public:npm"]}
                ]}""");
        fx.dialogs.chooseFile(file).fillForm(ImportTopologyForm.DOMAIN, "acme");

        model.importTopology();

        assertThat(fx.dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Cannot import bad.packyard.json");
            assertThat(e.message()).startsWith("2 problems:\n• repositories[0].upstreams[0]: upstream 'ghost' is neither")
                    .contains("• repositories[1].externalConnections[0]: unknown external connection 'public:npm'")
                    .endsWith("Nothing was imported. Fix the file and import it again.");
        });
        assertThat(fx.backend.catalog().domains().list(null, null).items()).isEmpty();
    }

    @Test
    void theConsoleOpenedWithAFileOffersToImportItIntoItsDomain() {
        Path file = exported();
        fx.backend.catalog().repositories().delete(null, "acme", "team");
        fx.backend.catalog().repositories().delete(null, "acme", "npm-store");
        fx.backend.catalog().domains().delete(null, "acme");
        MainViewModel main = new MainViewModel(fx.console(), fx.runner, fx.dialogs, new Appearance());
        main.start();
        fx.dialogs.answerConfirm(true);

        main.offerImport(file);

        assertThat(fx.dialogs.confirmations()).singleElement().extracting(Shown::title).isEqualTo("Import acme.packyard into acme?");
        assertThat(main.screenProperty().get()).isInstanceOf(DomainsViewModel.class);
        assertThat(((DomainsViewModel) main.screenProperty().get()).selectedProperty().get().domain().name()).isEqualTo("acme");
        main.close();
    }

    @Test
    void aMissingFileGivenToTheConsoleIsAnErrorDialogAndTheConsoleStaysAsItWas() {
        MainViewModel main = new MainViewModel(fx.console(), fx.runner, fx.dialogs, new Appearance());
        main.start();

        main.offerImport(files.resolve("gone.packyard"));

        assertThat(fx.dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Cannot import gone.packyard");
            assertThat(e.message()).isEqualTo("• file: " + files.resolve("gone.packyard")
                    + " does not exist: check the path\nNothing was imported. Fix the file and import it again.");
        });
        assertThat(main.screenProperty().get()).isInstanceOf(WelcomeViewModel.class);
        main.close();
    }

    @Test
    void theWelcomeScreenImportsATopologyIntoAnEmptyConsole() throws IOException {
        Path file = files.resolve("team.packyard");
        Files.writeString(file, """
                {"format": "packyard-topology", "version": 1, "domain": "team", "repositories": [{"name": "pypi-store",
                 "externalConnections": ["public:pypi"]}]}""");
        fx.dialogs.chooseFile(file).fillForm(ImportTopologyForm.DOMAIN, "team").answerConfirm(true);

        new WelcomeViewModel(fx.screen()).importTopology();

        assertThat(fx.backend.catalog().repositories().describe(null, "team", "pypi-store").externalConnection())
                .contains(ExternalConnection.PYPI);
    }
}
