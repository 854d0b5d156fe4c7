package dev.packyard.ui.domains;

import atlantafx.base.theme.Styles;
import dev.packyard.model.Repository;
import dev.packyard.service.domains.DomainDetails;
import dev.packyard.ui.common.Buttons;
import dev.packyard.ui.common.DetailsGrid;
import dev.packyard.ui.common.EmptyState;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.ScreenHeader;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Layout of the domains screen: the list on the left, the selected domain on the right. */
public final class DomainsView extends BorderPane {
    public DomainsView(DomainsViewModel model) {
        setId("domains-screen");
        Button create = Buttons.withTip("New domain", Icons.ADD, "new-domain", "Create a domain (Ctrl+N)", model::createDomain);
        create.getStyleClass().add(Styles.ACCENT);
        Button importTopology = Buttons.withTip("Import topology…", Icons.IMPORT, "import-topology",
                "Create the repositories of a topology file (*.packyard)", model::importTopology);
        ScreenHeader header = new ScreenHeader(Icons.DOMAIN, new SimpleStringProperty("Domains"),
                model.countText(), importTopology, create);
        header.setPadding(new Insets(16, 20, 12, 20));
        setTop(header);

        ListView<DomainDetails> list = new ListView<>(model.domains());
        list.setId("domain-list");
        list.setCellFactory(l -> new DomainCell());
        list.setPlaceholder(new EmptyState(Icons.DOMAIN, "No domains", "Create a domain to start."));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().select(model.selectedProperty().get());

        StackPane details = new StackPane(details(model), new EmptyState(Icons.DOMAIN, "No domain selected",
                "Select a domain on the left to see its details and repositories."));
        details.getChildren().get(0).visibleProperty().bind(model.selectedProperty().isNotNull());
        details.getChildren().get(1).visibleProperty().bind(model.selectedProperty().isNull());
        SplitPane split = new SplitPane(list, details);
        // The domain list only needs names: on a narrow window the details keep most of the width.
        split.setDividerPositions(0.25);
        list.setMinWidth(150);
        setCenter(split);
    }

    private static VBox details(DomainsViewModel model) {
        StringBinding name = Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : model.selectedProperty().get().domain().name(), model.selectedProperty());
        Label title = new Label();
        title.setId("domain-name");
        title.textProperty().bind(name);
        title.getStyleClass().add(Styles.TITLE_3);
        Button delete = Buttons.withTip("Delete", Icons.DELETE, "delete-domain", "Delete this domain (Delete)",
                model::deleteSelection);
        delete.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        delete.disableProperty().bind(model.deletableProperty().not());
        // A disabled button shows no tooltip of its own: the reason sits on a wrapper that stays hoverable.
        Label deleteReason = new Label(null, delete);
        deleteReason.setId("delete-domain-reason");
        deleteReason.setTooltip(new Tooltip());
        deleteReason.getTooltip().textProperty().bind(Bindings.when(model.deletableProperty())
                .then("Delete this domain (Delete)").otherwise("Delete its repositories first: only an empty domain can be deleted"));
        Button export = Buttons.withTip("Export topology…", Icons.EXPORT, "export-topology",
                "Save this domain's repositories, upstreams and external connections to a file", model::exportTopology);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, spacer, export, deleteReason);
        top.setAlignment(Pos.CENTER_LEFT);

        DetailsGrid grid = new DetailsGrid()
                .row("Owner", model.ownerProperty(), "domain-owner")
                .identifierRow("ARN", model.arnProperty(), "domain-arn")
                .row("Repositories", model.repositoryCountProperty(), "domain-repository-count")
                .row("Asset size", model.assetSizeProperty(), "domain-asset-size")
                .row("Created", model.createdProperty(), "domain-created");

        Label repositoriesTitle = new Label("Repositories");
        repositoriesTitle.getStyleClass().add(Styles.TITLE_4);
        Button newRepository = Buttons.withTip("New repository", Icons.ADD, "new-repository",
                "Create a repository in this domain (Ctrl+N)", model::newRepository);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox repoHeader = new HBox(8, repositoriesTitle, gap, newRepository);
        repoHeader.setAlignment(Pos.CENTER_LEFT);

        ListView<Repository> repositories = new ListView<>(model.repositories());
        repositories.setId("domain-repositories");
        repositories.setCellFactory(l -> new RepositoryCell());
        repositories.setPlaceholder(new EmptyState(Icons.REPOSITORY, "No repositories yet",
                "Create a repository to publish packages or cache them from a public registry."));
        repositories.setOnMouseClicked(e -> {
            Repository r = repositories.getSelectionModel().getSelectedItem();
            if (r != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.openRepository(r);
            }
        });
        VBox.setVgrow(repositories, Priority.ALWAYS);
        VBox box = new VBox(14, top, grid, repoHeader, repositories);
        box.setPadding(new Insets(16, 20, 16, 20));
        box.getChildren().add(2, metadataCacheLink(model));
        return box;
    }

    /** The domain's metadata cache has its own screen (a wide table); this is the way there from the domain. */
    private static Hyperlink metadataCacheLink(DomainsViewModel model) {
        Hyperlink link = new Hyperlink("Metadata cache: how stale each cached upstream listing is", Icons.of(Icons.CACHE));
        link.setId("open-metadata-cache");
        link.setOnAction(e -> model.openMetadataCache());
        return link;
    }

    private static final class DomainCell extends ListCell<DomainDetails> {
        @Override
        protected void updateItem(DomainDetails d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(d.domain().name());
            Label count = new Label(d.repositoryCount() + (d.repositoryCount() == 1 ? " repository" : " repositories"));
            count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            HBox row = new HBox(8, Icons.of(Icons.DOMAIN), new VBox(2, name, count));
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }

    private static final class RepositoryCell extends ListCell<Repository> {
        RepositoryCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Repository r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String kind = r.externalConnection().map(c -> "connected to " + c.connectionName())
                    .orElse(r.upstreams().isEmpty() ? "no upstreams" : (r.upstreams().size() == 1 ? "1 upstream" : r.upstreams().size() + " upstreams"));
            Label name = new Label(r.name());
            Label info = new Label(kind + (r.description().isEmpty() ? "" : " · " + r.description()));
            info.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            // The description wraps within the list's width: the list never scrolls sideways.
            info.setWrapText(true);
            info.setMinHeight(Region.USE_PREF_SIZE);
            VBox texts = new VBox(2, name, info);
            texts.setMinWidth(0);
            HBox row = new HBox(8, Icons.of(r.externalConnection().isPresent() ? Icons.PUBLIC : Icons.REPOSITORY), texts);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
