package dev.packyard.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.DomainId;
import dev.packyard.model.RepositoryId;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.domains.CreateDomainForm;
import dev.packyard.ui.domains.DomainsViewModel;
import dev.packyard.ui.packages.PackageViewModel;
import dev.packyard.ui.repositories.RepositoryViewModel;
import dev.packyard.ui.settings.Appearance;
import dev.packyard.ui.settings.SettingsViewModel;
import dev.packyard.ui.staleness.MetadataStalenessViewModel;
import dev.packyard.ui.testing.UiFixture;
import dev.packyard.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path dir;
    UiFixture fx;
    MainViewModel model;

    @BeforeEach
    void open() {
        fx = new UiFixture(dir);
        model = new MainViewModel(fx.console(), fx.runner, fx.dialogs, new Appearance());
    }

    @AfterEach
    void close() {
        model.close();
        fx.close();
    }

    @Test
    void firstRunShowsTheWelcomeScreenAndCreatingADomainLeavesIt() {
        model.start();
        assertThat(model.screenProperty().get()).isInstanceOf(WelcomeViewModel.class);

        fx.dialogs.fillForm(CreateDomainForm.NAME, "acme");
        ((WelcomeViewModel) model.screenProperty().get()).createDomain();

        assertThat(model.screenProperty().get()).isInstanceOf(DomainsViewModel.class);
        assertThat(((DomainsViewModel) model.screenProperty().get()).selectedProperty().get().domain().name())
                .isEqualTo("acme");
        assertThat(model.navigation().domains()).extracting(d -> d.details().domain().name()).containsExactly("acme");
    }

    @Test
    void treeHoldsDomainsWithRepositoryCountsAndRepositoriesWithPackageCounts() {
        DomainId acme = fx.domain("acme");
        RepositoryId team = fx.repository(acme, "team");
        fx.repository(acme, "shared");
        fx.published(team, UiFixture.npm("left-pad"), "1.0.0");
        fx.published(team, UiFixture.npm("lodash"), "4.0.0");

        model.start();

        assertThat(model.screenProperty().get()).isInstanceOf(DomainsViewModel.class);
        NavigationViewModel.DomainNode node = model.navigation().domains().get(0);
        assertThat(node.details().repositoryCount()).isEqualTo(2);
        assertThat(node.repositories()).extracting(r -> r.repository().name(), NavigationViewModel.RepositoryNode::packageCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shared", 0), org.assertj.core.groups.Tuple.tuple("team", 2));
    }

    @Test
    void ctrlFSearchesTheDomainInViewWithWhatTheFilterHeld() {
        DomainId acme = fx.domain("acme");
        DomainId other = fx.domain("other");
        RepositoryId team = fx.repository(acme, "team");
        fx.repository(acme, "shared");
        fx.published(team, UiFixture.npm("left-pad"), "1.0.0");
        fx.published(new RepositoryId(acme, "shared"), UiFixture.npm("left-pad"), "1.1.0");
        model.start();
        model.show(new NavTarget.Repository(team));

        model.searchDomain("left");

        assertThat(model.targetProperty().get()).isEqualTo(new NavTarget.Search(acme, "left"));
        dev.packyard.ui.search.DomainSearchViewModel search = (dev.packyard.ui.search.DomainSearchViewModel) model.screenProperty().get();
        assertThat(search.hits()).extracting(h -> h.repository().name()).as("one package in two repositories, in the order they were created").containsExactly("team", "shared");
        assertThat(search.summaryProperty().get()).isEqualTo("2 packages match 'left'");

        model.show(NavTarget.Domains.of(other));
        model.searchDomain("");
        assertThat(model.targetProperty().get()).isEqualTo(NavTarget.Search.of(other));
    }

    @Test
    void navigatingOpensTheMatchingScreen() {
        DomainId acme = fx.domain("acme");
        RepositoryId team = fx.repository(acme, "team");
        fx.published(team, UiFixture.npm("left-pad"), "1.0.0");
        model.start();

        model.show(new NavTarget.Repository(team));
        assertThat(model.screenProperty().get()).isInstanceOf(RepositoryViewModel.class);
        model.show(new NavTarget.Package(team, UiFixture.npm("left-pad")));
        assertThat(((PackageViewModel) model.screenProperty().get()).versions()).hasSize(1);
        model.show(new NavTarget.Settings());
        assertThat(model.screenProperty().get()).isInstanceOf(SettingsViewModel.class);
        assertThat(model.targetProperty().get()).isEqualTo(new NavTarget.Settings());
    }

    @Test
    void newItemOnARepositoryScreenCreatesARepositoryInItsDomain() {
        DomainId acme = fx.domain("acme");
        RepositoryId team = fx.repository(acme, "team");
        model.start();
        model.show(new NavTarget.Repository(team));
        fx.dialogs.fillForm("repository-name", "shared");

        model.newItem();

        assertThat(fx.dialogs.lastForm().title()).isEqualTo("Create repository in acme");
        assertThat(model.targetProperty().get()).isEqualTo(new NavTarget.Repository(new RepositoryId(acme, "shared")));
        assertThat(model.navigation().domains().get(0).repositories()).hasSize(2);
    }

    @Test
    void newItemOnSettingsCreatesADomain() {
        model.start();
        model.show(new NavTarget.Settings());
        fx.dialogs.fillForm(CreateDomainForm.NAME, "acme");

        model.newItem();

        assertThat(fx.dialogs.lastForm().title()).isEqualTo("Create domain");
        assertThat(model.targetProperty().get()).isEqualTo(NavTarget.Domains.of(new DomainId(fx.account(), "acme")));
    }

    @Test
    void deleteActsOnTheScreenShown() {
        fx.domain("acme");
        model.start();
        fx.dialogs.answerConfirm(true);

        model.deleteSelection();

        assertThat(fx.dialogs.confirmations().get(0).title()).isEqualTo("Delete domain acme?");
        assertThat(model.navigation().domains()).isEmpty();
        assertThat(model.screenProperty().get()).isInstanceOf(WelcomeViewModel.class);
    }

    @Test
    void refreshPicksUpChangesMadeElsewhere() {
        model.start();
        fx.domain("acme");

        model.refresh();

        assertThat(model.navigation().domains()).hasSize(1);
        assertThat(model.screenProperty().get()).isInstanceOf(DomainsViewModel.class);
    }

    @Test
    void statusBarSaysHonestlyWhatIsNotWiredYet() {
        model.start();

        assertThat(model.statusBar().serverProperty().get()).isEqualTo("Server not running");
        assertThat(model.statusBar().healthProperty().get()).isEqualTo("Connection health not monitored yet");
        assertThat(model.tasks().summaryProperty().get()).isEqualTo("No tasks running");
        assertThat(model.tasks().tasks()).isEmpty();
    }

    @Test
    void darkModeShortcutTogglesTheAppearance() {
        model.toggleDarkMode();
        assertThat(model.appearance().darkModeProperty().get()).isTrue();
        model.toggleDarkMode();
        assertThat(model.appearance().darkModeProperty().get()).isFalse();
    }

    @Test
    void aDomainsMetadataCacheOpensAsItsOwnScreenAndCtrlNThereCreatesARepositoryInTheDomain() {
        DomainId acme = fx.domain("acme");
        model.start();

        model.show(new NavTarget.MetadataCache(acme));

        assertThat(model.screenProperty().get()).isInstanceOfSatisfying(MetadataStalenessViewModel.class, m -> {
            assertThat(m.domain()).isEqualTo(acme);
            assertThat(m.loadedProperty().get()).isTrue();
            assertThat(m.summaryProperty().get()).isEqualTo("No cached listings yet");
        });
        fx.dialogs.fillForm("repository-name", "team-npm");
        model.newItem();
        assertThat(fx.dialogs.lastForm().title()).isEqualTo("Create repository in acme");
    }
}
