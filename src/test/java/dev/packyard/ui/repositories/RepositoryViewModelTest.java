package dev.packyard.ui.repositories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.RepositoryId;
import dev.packyard.ui.common.FormField;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.repositories.ResolutionOrder.Step;
import dev.packyard.ui.testing.UiFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryViewModelTest {
    @TempDir
    Path dir;
    UiFixture fx;
    DomainId acme;
    RepositoryId team;

    @BeforeEach
    void open() {
        fx = new UiFixture(dir);
        acme = fx.domain("acme");
        fx.repository(acme, "npm-store");
        fx.repository(acme, "pypi-store");
        fx.repository(acme, "shared", "pypi-store");
        team = fx.repository(acme, "team", "shared", "npm-store");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private RepositoryViewModel opened(RepositoryId id) {
        RepositoryViewModel model = new RepositoryViewModel(fx.screen(), id);
        model.refresh();
        return model;
    }

    private List<String> upstreamsInService() {
        return fx.backend.catalog().repositories().describe(null, "acme", "team").upstreams();
    }

    @Test
    void showsDetails() {
        fx.backend.catalog().repositories().update(null, "acme", "team", "Team packages", null);

        RepositoryViewModel model = opened(team);

        assertThat(model.descriptionProperty().get()).isEqualTo("Team packages");
        assertThat(model.arnProperty().get())
                .isEqualTo("arn:aws:codeartifact:us-east-1:" + fx.account() + ":repository/acme/team");
        assertThat(model.createdProperty().get()).isEqualTo("2026-03-01 09:30 Z");
    }

    @Test
    void resolutionOrderIsDepthFirstInListOrder() {
        fx.connect(new RepositoryId(acme, "npm-store"), ExternalConnection.NPMJS);

        RepositoryViewModel model = opened(team);

        assertThat(model.upstreams().order()).extracting(Step::repository, Step::depth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("team", 0), org.assertj.core.groups.Tuple.tuple("shared", 1),
                        org.assertj.core.groups.Tuple.tuple("pypi-store", 2), org.assertj.core.groups.Tuple.tuple("npm-store", 1));
        assertThat(model.upstreams().order().get(3).externalConnection()).contains(ExternalConnection.NPMJS);
    }

    @Test
    void moveUpAndDownReorderTheUpstreamsInTheService() {
        RepositoryViewModel model = opened(team);

        model.upstreams().moveDown(0);
        assertThat(upstreamsInService()).containsExactly("npm-store", "shared");
        assertThat(model.upstreams().upstreams()).containsExactly("npm-store", "shared");
        assertThat(model.upstreams().order()).extracting(Step::repository)
                .containsExactly("team", "npm-store", "shared", "pypi-store");

        model.upstreams().moveUp(1);
        assertThat(upstreamsInService()).containsExactly("shared", "npm-store");
    }

    @Test
    void moveOutOfRangeChangesNothing() {
        RepositoryViewModel model = opened(team);

        model.upstreams().moveUp(0);
        model.upstreams().moveDown(1);

        assertThat(upstreamsInService()).containsExactly("shared", "npm-store");
    }

    @Test
    void addOffersOnlyRepositoriesNotYetUpstreamAndAppendsTheChoice() {
        RepositoryViewModel model = opened(team);
        assertThat(model.upstreams().candidates()).containsExactly("pypi-store");
        fx.dialogs.fillForm("upstream", "pypi-store");

        model.upstreams().add();

        assertThat(upstreamsInService()).containsExactly("shared", "npm-store", "pypi-store");
        assertThat(model.upstreams().candidates()).isEmpty();
        assertThat(model.upstreams().canAddBinding().get()).isFalse();
    }

    @Test
    void addingAnUpstreamThatMakesACycleShowsTheServiceMessage() {
        RepositoryViewModel model = opened(new RepositoryId(acme, "pypi-store"));
        fx.dialogs.fillForm("upstream", "team");

        model.upstreams().add();

        assertThat(fx.dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .startsWith("These upstreams would make a cycle: pypi-store → team → shared → pypi-store"));
    }

    @Test
    void removeAsksFirst() {
        RepositoryViewModel model = opened(team);

        fx.dialogs.answerConfirm(false);
        model.upstreams().remove("shared");
        assertThat(upstreamsInService()).containsExactly("shared", "npm-store");

        fx.dialogs.answerConfirm(true);
        model.upstreams().remove("shared");
        assertThat(upstreamsInService()).containsExactly("npm-store");
    }

    @Test
    void associateOffersTheTenConnectionsWithTheirFormatAndConnects() {
        RepositoryId store = new RepositoryId(acme, "npm-store");
        RepositoryViewModel model = opened(store);
        fx.dialogs.fillForm("connection", "public:npmjs");

        model.connection().associate();

        FormField choice = fx.dialogs.lastForm().field("connection").orElseThrow();
        assertThat(choice.choices()).hasSize(10).contains("public:pypi", "public:maven-clojars", "public:crates-io");
        assertThat(choice.choiceLabel("public:pypi")).isEqualTo("public:pypi — pypi (Python Package Index)");
        assertThat(fx.backend.catalog().repositories().describe(null, "acme", "npm-store").externalConnection())
                .contains(ExternalConnection.NPMJS);
        assertThat(model.connection().descriptionProperty().get()).startsWith("public:npmjs — npm");
        assertThat(model.connection().connectedProperty().get()).isTrue();
    }

    @Test
    void associatingARepositoryWithUpstreamsShowsWhyNot() {
        RepositoryViewModel model = opened(team);
        fx.dialogs.fillForm("connection", "public:npmjs");

        model.connection().associate();

        assertThat(fx.dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Could not associate public:npmjs");
            assertThat(e.message()).contains("a repository has upstreams or an external connection, not both");
        });
    }

    @Test
    void disassociateAfterConfirmation() {
        RepositoryId store = new RepositoryId(acme, "npm-store");
        fx.connect(store, ExternalConnection.NPMJS);
        RepositoryViewModel model = opened(store);
        fx.dialogs.answerConfirm(true);

        model.connection().disassociate();

        assertThat(fx.backend.catalog().repositories().describe(null, "acme", "npm-store").externalConnection()).isEmpty();
        assertThat(model.connection().connectedProperty().get()).isFalse();
    }

    @Test
    void packagesAreListedAndFiltered() {
        fx.published(team, UiFixture.npm("left-pad"), "1.0.0");
        fx.published(team, UiFixture.npm("lodash"), "4.17.21");
        fx.published(team, PackageCoordinate.of(PackageFormat.PYPI, null, "requests"), "2.31.0");

        RepositoryViewModel model = opened(team);
        assertThat(model.packages().summaryProperty().get()).isEqualTo("3 packages");

        model.packages().filterProperty().set("l");
        assertThat(model.packages().packages()).extracting(p -> p.coordinate().name()).containsExactly("left-pad", "lodash");
        assertThat(model.packages().summaryProperty().get()).isEqualTo("2 of 3 packages match");

        model.packages().filterProperty().set("pypi");
        assertThat(model.packages().packages()).extracting(p -> p.coordinate().name()).containsExactly("requests");
    }

    @Test
    void aRepositoryDeletedMeanwhileIsReportedOnce() {
        RepositoryViewModel model = new RepositoryViewModel(fx.screen(), new RepositoryId(acme, "gone"));
        model.refresh();

        assertThat(fx.dialogs.errors()).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo("Could not open repository gone"));
        assertThat(model.packages().packages()).isEmpty();
    }

    @Test
    void openingAPackageNavigatesToIt() {
        fx.published(team, UiFixture.npm("left-pad"), "1.0.0");
        RepositoryViewModel model = opened(team);

        model.packages().open(model.packages().packages().get(0));

        assertThat(fx.navigator.last()).isEqualTo(new NavTarget.Package(team, UiFixture.npm("left-pad")));
    }

    @Test
    void instructionsSayTheServerIsNotRunningAndUsePlaceholders() {
        RepositoryViewModel model = opened(team);

        assertThat(model.instructionStatusProperty().get()).startsWith("The server is not running in this console yet");
        assertThat(model.snippet("npm").get()).contains("npm config set registry http://<NPM_ENDPOINT_OF_team>/")
                .contains("<AUTH_TOKEN>");
        assertThat(model.snippet("pip").get()).contains("aws:<AUTH_TOKEN>@<PYPI_ENDPOINT_OF_team>/simple/");
        assertThat(model.loginProperty().get()).startsWith("aws codeartifact login --tool npm --endpoint-url <SERVER_URL> "
                + "--domain acme --domain-owner " + fx.account() + " --repository team");
    }

    @Test
    void deleteAsksThenReturnsToTheDomain() {
        RepositoryViewModel model = opened(team);
        fx.dialogs.answerConfirm(true);

        model.deleteSelection();

        assertThat(fx.backend.catalog().repositories().listInDomain(null, "acme", null, null, null, null).items())
                .extracting(r -> r.name()).doesNotContain("team");
        assertThat(fx.navigator.last()).isEqualTo(new NavTarget.Domains(Optional.of(acme)));
        assertThat(fx.navigator.catalogChanges()).isEqualTo(1);
    }

    @Test
    void missingRepositoryIsReportedNotThrown() {
        RepositoryViewModel model = opened(new RepositoryId(acme, "gone"));

        assertThat(fx.dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .startsWith("Repository gone does not exist in domain acme"));
    }
}
