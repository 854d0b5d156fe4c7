package dev.packyard.ui.repositories;

import atlantafx.base.theme.Styles;
import dev.packyard.model.PackageSummary;
import dev.packyard.ui.common.EmptyState;
import dev.packyard.ui.common.Icons;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The repository's packages with a filter; double-click or Enter opens a package. Rows arrive a page at a time: a row
 * drawn near the end of those loaded asks the model for the next page.
 */
final class PackagesPane extends VBox {
    PackagesPane(PackageListViewModel model) {
        super(10);
        setPadding(new Insets(16, 20, 16, 20));
        TextField filter = new TextField();
        filter.setId("package-filter");
        filter.setPromptText("Filter by name prefix (any case), @scope/, group:artifact, or a format such as npm");
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefColumnCount(30);
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setId("package-count");
        count.textProperty().bind(model.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, Icons.of(Icons.SEARCH), filter, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);

        // Sorting by a column header orders the rows loaded so far (all of them in a repository of a few pages); without
        // one they show in the model's display order, while the model's own list stays in listing order for paging.
        SortedList<PackageSummary> sorted = new SortedList<>(model.inDisplayOrder());
        TableView<PackageSummary> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("package-table");
        table.getColumns().add(column("Package", 320, p -> p.coordinate().displayName()));
        table.getColumns().add(column("Format", 90, p -> p.coordinate().format().wireName()));
        table.getColumns().add(column("Publish", 90, p -> p.originRestrictions().publish().name()));
        table.getColumns().add(column("Upstream", 90, p -> p.originRestrictions().upstream().name()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        EmptyState empty = new EmptyState(Icons.PACKAGE, "No packages in this repository",
                "Packages appear here when they are published to this repository or fetched through it.");
        Label loading = new Label("Loading packages…");
        loading.getStyleClass().add(Styles.TEXT_MUTED);
        table.placeholderProperty().bind(model.loadingProperty().map(l -> l ? loading : empty));
        table.setRowFactory(t -> {
            TableRow<PackageSummary> row = new TableRow<>() {
                @Override
                protected void updateItem(PackageSummary item, boolean isEmpty) {
                    super.updateItem(item, isEmpty);
                    if (!isEmpty) {
                        model.rowShown(getIndex());
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    private static TableColumn<PackageSummary, String> column(String title, double width, Function<PackageSummary, String> value) {
        TableColumn<PackageSummary, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }
}
