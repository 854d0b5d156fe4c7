package dev.packyard.ui.search;

import dev.packyard.model.PackageSearchHit;
import dev.packyard.ui.common.EmptyState;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.ScreenHeader;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Layout of the domain search: the search field (Ctrl+F), what matched, and a table of hits that opens a package. */
public final class DomainSearchView extends BorderPane {
    public DomainSearchView(DomainSearchViewModel model) {
        setId("search-screen");
        ScreenHeader header = new ScreenHeader(Icons.SEARCH, new SimpleStringProperty(model.title()), model.summaryProperty());
        header.setPadding(new Insets(16, 20, 8, 20));

        TextField field = new TextField();
        field.setId("domain-search");
        field.setPromptText("Package name, @scope/, group: or a format, in every repository of " + model.domain().name());
        field.textProperty().bindBidirectional(model.textProperty());
        field.setMaxWidth(Double.MAX_VALUE);

        TableView<PackageSearchHit> table = new TableView<>(model.hits());
        table.setId("search-hits");
        table.getColumns().add(column("Package", 300, h -> h.coordinate().displayName()));
        table.getColumns().add(column("Format", 80, h -> h.coordinate().format().wireName()));
        table.getColumns().add(column("Repository", 160, h -> h.repository().name()));
        table.getColumns().add(column("Versions", 80, h -> Integer.toString(h.versions())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new EmptyState(Icons.SEARCH, "Search every repository of " + model.domain().name(),
                "Which repository holds tree-leaf? Type its first letters; Enter or a double click opens the package."));
        table.setRowFactory(t -> {
            TableRow<PackageSearchHit> row = new TableRow<>();
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
        // Down from the field goes to the first hit, so a search is typed and opened without the mouse.
        field.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) && !model.hits().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox center = new VBox(8, field, table);
        center.setPadding(new Insets(0, 20, 16, 20));
        setTop(header);
        setCenter(center);
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(field::requestFocus);
            }
        });
    }

    private static TableColumn<PackageSearchHit, String> column(String title, double width, Function<PackageSearchHit, String> value) {
        TableColumn<PackageSearchHit, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }
}
