package dev.packyard.ui.repositories;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Buttons;
import dev.packyard.ui.common.DetailsGrid;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.ScreenHeader;
import dev.packyard.ui.common.Ticker;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Layout of the repository screen: a header and tabs for overview, upstreams, packages and connection instructions. */
public final class RepositoryView extends BorderPane {
    public RepositoryView(RepositoryViewModel model) {
        setId("repository-screen");
        Button domain = Buttons.withTip(model.id().domain().name(), Icons.DOMAIN, "open-domain", "Back to the domain",
                model::openDomain);
        domain.getStyleClass().add(Styles.FLAT);
        Button delete = Buttons.withTip("Delete", Icons.DELETE, "delete-repository", "Delete this repository (Delete)",
                model::deleteSelection);
        delete.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        Button fetch = Buttons.withTip("Fetch a package…", "mdi2c-cloud-download-outline", "fetch-package",
                "Download a package version through this repository, as a package manager would", model::fetchPackage);
        fetch.setVisible(model.fetchAvailable());
        fetch.setManaged(model.fetchAvailable());
        ScreenHeader header = new ScreenHeader(Icons.REPOSITORY, new SimpleStringProperty(model.id().name()),
                model.descriptionProperty(), domain, fetch, delete);
        header.setPadding(new Insets(16, 20, 8, 20));
        setTop(header);

        TabPane tabs = new TabPane(
                tab("Overview", Icons.INFO, overview(model)),
                tab("Upstreams", Icons.UPSTREAM, new UpstreamsPane(model.upstreams())),
                tab("Packages", Icons.PACKAGE, new PackagesPane(model.packages())),
                tab("Connect", Icons.TERMINAL, new InstructionsPane(model)));
        tabs.setId("repository-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);

        // Fetched versions becoming visible update the count at once (the task queue tells); publishes through the
        // package endpoints send no event, so the count is also asked again every few seconds while the screen shows.
        Ticker.whileShowing(this, Duration.seconds(5), model.packages()::refreshCount);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                model.close();
            }
        });
    }

    private static Tab tab(String title, String icon, Node content) {
        Tab tab = new Tab(title, content);
        tab.setGraphic(Icons.of(icon));
        tab.setId("tab-" + title.toLowerCase());
        return tab;
    }

    private static HBox overview(RepositoryViewModel model) {
        DetailsGrid grid = new DetailsGrid()
                .row("Name", new SimpleStringProperty(model.id().name()), "repository-name")
                .row("Domain", new SimpleStringProperty(model.id().domain().name()), "repository-domain")
                .row("Description", model.descriptionProperty(), "repository-description")
                .identifierRow("ARN", model.arnProperty(), "repository-arn")
                .row("Created", model.createdProperty(), "repository-created")
                .row("Packages", model.packages().countProperty(), "repository-package-count");

        Label connectionTitle = new Label("External connection");
        connectionTitle.getStyleClass().add(Styles.TITLE_4);
        ExternalConnectionViewModel connection = model.connection();
        Label current = new Label();
        current.setId("external-connection");
        current.setWrapText(true);
        current.textProperty().bind(connection.descriptionProperty());
        Button associate = Buttons.withTip("Associate…", Icons.CONNECT, "associate-connection",
                "Connect this repository to a public registry", connection::associate);
        associate.disableProperty().bind(connection.connectedProperty());
        Button disassociate = Buttons.withTip("Disassociate", Icons.DISCONNECT, "disassociate-connection",
                "Stop fetching from the public registry", connection::disassociate);
        disassociate.disableProperty().bind(connection.connectedProperty().not());
        HBox buttons = new HBox(8, associate, disassociate);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox currentRow = new HBox(8, Icons.of(Icons.PUBLIC), current);
        currentRow.setAlignment(Pos.CENTER_LEFT);

        VBox details = new VBox(12, grid, connectionTitle, currentRow, buttons);
        details.setPrefWidth(500);
        details.setMinWidth(300);

        Label orderTitle = new Label("Resolution order");
        orderTitle.getStyleClass().add(Styles.TITLE_4);
        Label orderHint = new Label("Where a request to " + model.id().name() + " is looked up, first to last.");
        orderHint.setWrapText(true);
        orderHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        ResolutionChainView chainView = new ResolutionChainView(model.upstreams().order());
        ScrollPane chain = new ScrollPane(chainView);
        chain.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(chain, Priority.ALWAYS);
        VBox order = new VBox(8, orderTitle, orderHint, chain);
        // The chain is read whole: on a narrow window the details beside it give up width, the chain does not.
        order.minWidthProperty().bind(chainView.widthProperty().add(16));
        HBox.setHgrow(order, Priority.ALWAYS);
        HBox box = new HBox(28, details, order);
        box.setPadding(new Insets(16, 20, 16, 20));
        return box;
    }
}
