package dev.packyard.ui.domains;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.DomainId;
import dev.packyard.model.RepositoryId;
import dev.packyard.ui.common.FormViewModel;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.testing.RecordingDialogService.Shown;
import dev.packyard.ui.testing.UiFixture;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainsViewModelTest {
    @TempDir
    Path dir;
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

    @Test
    void createdDomainIsListedSelectedAndDescribed() {
        assertThat(model.countText().get()).isEqualTo("No domains yet");
        fx.dialogs.fillForm(CreateDomainForm.NAME, "acme");

        model.createDomain();

        assertThat(model.countText().get()).isEqualTo("1 domain in this account");

        assertThat(fx.dialogs.errors()).isEmpty();
        assertThat(model.domains()).extracting(d -> d.domain().name()).containsExactly("acme");
        assertThat(model.selectedProperty().get().domain().name()).isEqualTo("acme");
        assertThat(model.ownerProperty().get()).isEqualTo(fx.account());
        assertThat(model.arnProperty().get()).isEqualTo("arn:aws:codeartifact:us-east-1:" + fx.account() + ":domain/acme");
        assertThat(model.repositoryCountProperty().get()).isEqualTo("0");
        assertThat(model.assetSizeProperty().get()).isEqualTo("0 B");
        assertThat(model.createdProperty().get()).isEqualTo("2026-03-01 09:30 Z");
        assertThat(fx.navigator.catalogChanges()).isEqualTo(1);
    }

    @Test
    void nameFieldShowsTheServiceValidationMessageAndTheFormCannotBeSubmitted() {
        fx.dialogs.fillForm(CreateDomainForm.NAME, "Bad_Name");

        model.createDomain();

        FormViewModel form = fx.dialogs.lastForm();
        assertThat(form.field(CreateDomainForm.NAME).orElseThrow().errorProperty().get())
                .startsWith("Invalid domain 'Bad_Name': use 2-50 characters: a lowercase letter first");
        assertThat(form.isValid()).isFalse();
        assertThat(fx.backend.catalog().domains().list(null, null).items()).isEmpty();
    }

    @Test
    void validationMessageDisappearsOnceTheNameIsFixed() {
        CreateDomainForm form = new CreateDomainForm(fx.account());
        var name = form.field(CreateDomainForm.NAME).orElseThrow();

        name.valueProperty().set("-x");
        assertThat(name.errorProperty().get()).contains("Invalid domain '-x'");
        name.valueProperty().set("my-domain");

        assertThat(name.errorProperty().get()).isEmpty();
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void aTakenNameOpensTheFormAgainWithWhatWasTypedAndWhyUntilANewNameIsAccepted() {
        fx.domain("acme");
        fx.dialogs.fillForm(CreateDomainForm.NAME, "acme").fillForm(CreateDomainForm.NAME, "acme-two");

        model.createDomain();

        assertThat(fx.dialogs.formsShown()).hasSize(2);
        assertThat(fx.dialogs.formsShown().get(1)).satisfies(again -> {
            assertThat(again.values()).containsEntry(CreateDomainForm.NAME, "acme");
            assertThat(again.refusal()).startsWith("Could not create domain acme: Domain acme already exists in account "
                    + fx.account());
        });
        assertThat(fx.dialogs.errors()).as("the refusal is in the form, not a dialog that closes it").isEmpty();
        assertThat(model.domains()).extracting(d -> d.domain().name()).containsExactly("acme", "acme-two");
        assertThat(fx.dialogs.lastForm().refusalProperty().get()).as("typing a new name clears the old refusal").isEmpty();
    }

    @Test
    void cancellingTheReopenedFormCreatesNothing() {
        fx.domain("acme");
        fx.dialogs.fillForm(CreateDomainForm.NAME, "acme").cancelForm();

        model.createDomain();

        assertThat(fx.dialogs.formsShown()).hasSize(2);
        assertThat(fx.backend.catalog().domains().list(null, null).items()).hasSize(1);
    }

    @Test
    void detailsShowRepositoryCountAssetSizeAndRepositories() {
        DomainId acme = fx.domain("acme");
        RepositoryId team = fx.repository(acme, "team");
        fx.repository(acme, "shared");
        fx.version(team, UiFixture.npm("left-pad"), "1.0.0", dev.packyard.model.PackageVersionOrigin.internal("team"), 1536);

        model.refresh();

        assertThat(model.repositoryCountProperty().get()).isEqualTo("2");
        assertThat(model.assetSizeProperty().get()).isEqualTo("1.5 KB");
        assertThat(model.repositories()).extracting(r -> r.name()).containsExactly("shared", "team");
    }

    @Test
    void aDomainThatStillHasRepositoriesIsNotOfferedForDeletionAndTheDeleteKeySaysWhy() {
        DomainId acme = fx.domain("acme");
        fx.repository(acme, "team");
        fx.repository(acme, "shared");
        model.refresh();
        assertThat(model.deletableProperty().get()).isFalse();

        model.deleteSelection();

        assertThat(fx.dialogs.confirmations()).as("no confirmation for something that cannot be done").isEmpty();
        assertThat(fx.dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("Delete its 2 repositories first; a domain can only be deleted once it is empty."));
        assertThat(model.domains()).hasSize(1);
    }

    @Test
    void deletingAnEmptyDomainRemovesItAfterConfirmation() {
        fx.domain("acme");
        fx.domain("other");
        model.refresh();
        model.selectedProperty().set(model.domains().get(0));

        fx.dialogs.answerConfirm(false);
        model.deleteSelection();
        assertThat(model.domains()).hasSize(2);

        fx.dialogs.answerConfirm(true);
        model.deleteSelection();
        assertThat(model.domains()).extracting(d -> d.domain().name()).containsExactly("other");
        assertThat(fx.dialogs.errors()).isEmpty();
    }

    @Test
    void newItemCreatesARepositoryInTheSelectedDomainAndOpensIt() {
        DomainId acme = fx.domain("acme");
        model.refresh();
        fx.dialogs.fillForm("repository-name", "team-npm", "repository-description", "Team packages");

        model.newItem();

        assertThat(fx.dialogs.lastForm().title()).isEqualTo("Create repository in acme");
        assertThat(fx.backend.catalog().repositories().describe(null, "acme", "team-npm").description()).isEqualTo("Team packages");
        assertThat(fx.navigator.last()).isEqualTo(new NavTarget.Repository(new RepositoryId(acme, "team-npm")));
    }

    @Test
    void aRepositoryNameThatIsTakenKeepsTheNameAndDescriptionTypedAndTheSecondTryCreatesIt() {
        DomainId acme = fx.domain("acme");
        fx.repository(acme, "team-npm");
        model.refresh();
        fx.dialogs.fillForm("repository-name", "team-npm", "repository-description", "Team packages")
                .fillForm("repository-name", "team-npm-2");

        model.newItem();

        assertThat(fx.dialogs.formsShown()).hasSize(2);
        assertThat(fx.dialogs.formsShown().get(1)).satisfies(again -> {
            assertThat(again.values()).containsEntry("repository-name", "team-npm")
                    .containsEntry("repository-description", "Team packages");
            assertThat(again.refusal()).startsWith("Could not create repository team-npm: ").contains("already exists");
        });
        assertThat(fx.backend.catalog().repositories().describe(null, "acme", "team-npm-2").description()).isEqualTo("Team packages");
        assertThat(fx.dialogs.errors()).isEmpty();
    }

    @Test
    void initiallyWantedDomainIsSelectedAfterLoading() {
        fx.domain("acme");
        DomainId other = fx.domain("other");
        DomainsViewModel opened = new DomainsViewModel(fx.screen(), Optional.of(other));

        opened.refresh();

        assertThat(opened.selectedProperty().get().domain().id()).isEqualTo(other);
    }
}
