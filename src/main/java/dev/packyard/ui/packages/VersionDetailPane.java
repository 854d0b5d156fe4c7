package dev.packyard.ui.packages;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.CodeSnippet;
import dev.packyard.ui.common.DetailsGrid;
import dev.packyard.ui.common.EmptyState;
import dev.packyard.ui.common.Icons;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Layout of the selected version's details: an overview with the commands, its files, dependencies and readme. */
final class VersionDetailPane extends StackPane {
    VersionDetailPane(VersionDetailViewModel model) {
        setId("version-detail");
        Label heading = new Label();
        heading.setId("version-detail-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(model.headingProperty());

        TabPane tabs = new TabPane(tab("Overview", "version-overview", overview(model)),
                tab("Files", "version-files", files(model)),
                tab("Dependencies", "version-dependencies", dependencies(model)),
                tab("Readme", "version-readme", readme(model)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        VBox shown = new VBox(4, heading, tabs);
        VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        shown.visibleProperty().bind(model.shownProperty());

        Label placeholder = new Label();
        placeholder.setId("version-detail-placeholder");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.textProperty().bind(model.placeholderProperty());
        placeholder.visibleProperty().bind(model.shownProperty().not());
        getChildren().addAll(placeholder, shown);
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private static ScrollPane overview(VersionDetailViewModel model) {
        DetailsGrid grid = new DetailsGrid()
                .row("Status", model.statusProperty(), "version-status")
                .row("Origin", model.originProperty(), "version-origin")
                .row("Published", model.publishedProperty(), "version-published")
                .row("Revision", model.revisionProperty(), "version-revision")
                .row("Summary", model.summaryProperty(), "version-summary")
                .row("Licences", model.licensesProperty(), "version-licenses")
                .row("Home page", model.homePageProperty(), "version-homepage")
                .row("Source", model.sourceRepositoryProperty(), "version-source");
        VBox box = new VBox(8, grid);
        Label installHeading = muted("Install this version (once the package manager is connected, see the repository's Connect tab)");
        var install = CodeSnippet.of(model.installProperty(), "version-install");
        installHeading.visibleProperty().bind(model.installProperty().isNotEmpty());
        installHeading.managedProperty().bind(installHeading.visibleProperty());
        install.visibleProperty().bind(model.installProperty().isNotEmpty());
        install.managedProperty().bind(install.visibleProperty());
        Label fetchHeading = muted("Download its file with the AWS CLI");
        var fetch = CodeSnippet.of(model.fetchCommandProperty(), "version-fetch-command");
        fetchHeading.visibleProperty().bind(model.fetchCommandProperty().isNotEmpty());
        fetchHeading.managedProperty().bind(fetchHeading.visibleProperty());
        fetch.visibleProperty().bind(model.fetchCommandProperty().isNotEmpty());
        fetch.managedProperty().bind(fetch.visibleProperty());
        box.getChildren().addAll(installHeading, install, fetchHeading, fetch);
        box.setPadding(new Insets(8, 4, 8, 4));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }

    private static TableView<VersionDetailViewModel.FileRow> files(VersionDetailViewModel model) {
        TableView<VersionDetailViewModel.FileRow> table = new TableView<>(model.files());
        table.setId("version-file-table");
        table.getColumns().add(column("File", 200, VersionDetailViewModel.FileRow::name, r -> null));
        table.getColumns().add(column("Size", 80, VersionDetailViewModel.FileRow::size, r -> null));
        // The hash is long: the cell shows its start, the tooltip the whole of it and the other hashes.
        table.getColumns().add(column("SHA-256", 300, VersionDetailViewModel.FileRow::sha256,
                r -> "SHA-256 " + r.sha256() + (r.otherHashes().isEmpty() ? "" : "\n" + r.otherHashes())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No files: the version was disposed, or its files are still being fetched."));
        return table;
    }

    private static TableColumn<VersionDetailViewModel.FileRow, String> column(String title, double width,
            Function<VersionDetailViewModel.FileRow, String> value, Function<VersionDetailViewModel.FileRow, String> tip) {
        TableColumn<VersionDetailViewModel.FileRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                VersionDetailViewModel.FileRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String t = row == null ? null : tip.apply(row);
                setTooltip(t == null ? null : new Tooltip(t));
            }
        });
        return column;
    }

    private static ListView<String> dependencies(VersionDetailViewModel model) {
        ListView<String> list = new ListView<>(model.dependencies());
        list.setId("version-dependency-list");
        list.setPlaceholder(new Label("No dependencies declared in this version's manifest."));
        return list;
    }

    private static StackPane readme(VersionDetailViewModel model) {
        TextArea text = new TextArea();
        text.setId("version-readme-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(model.readmeProperty());
        EmptyState none = new EmptyState(Icons.INFO, "No readme", "This version's archive has no readme Packyard can read.");
        none.visibleProperty().bind(model.readmeProperty().isEmpty());
        text.visibleProperty().bind(model.readmeProperty().isNotEmpty());
        return new StackPane(text, none);
    }
}
