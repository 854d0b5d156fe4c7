package dev.packyard.ui.staleness;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Buttons;
import dev.packyard.ui.common.EmptyState;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.ScreenHeader;
import dev.packyard.ui.common.Ticker;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Layout of a domain's metadata cache: a sortable, filterable table of cached listings whose ages tick. */
public final class MetadataStalenessView extends BorderPane {
    public MetadataStalenessView(MetadataStalenessViewModel model) {
        setId("staleness-screen");
        Button reload = Buttons.withTip("Reload", Icons.REFRESH, "reload-listings", "Read the metadata cache again (F5)",
                model::refresh);
        ScreenHeader header = new ScreenHeader(Icons.CACHE, new SimpleStringProperty(model.title()), model.summaryProperty(),
                reload);
        header.setPadding(new Insets(16, 20, 8, 20));

        CustomTextField filter = new CustomTextField();
        filter.setId("listing-filter");
        filter.setPromptText("Filter by package, connection or state");
        filter.setLeft(Icons.of(Icons.SEARCH));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefWidth(320);
        filter.setMinWidth(Region.USE_PREF_SIZE);
        Label policy = new Label("npm listings are synchronised in the background; PyPI, Maven and Cargo listings are refreshed by "
                + "the first request after they expire. A listing whose refresh failed keeps being served, stale.");
        policy.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        policy.setWrapText(true);
        HBox.setHgrow(policy, Priority.ALWAYS);
        HBox tools = new HBox(16, filter, policy);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(0, 20, 8, 20));
        setTop(new VBox(header, tools));

        TableView<ListingRow> table = table(model);
        BorderPane.setMargin(table, new Insets(0, 20, 16, 20));
        setCenter(table);

        Ticker.whileShowing(this, Duration.seconds(1), model::tick);
        Ticker.whileShowing(this, Duration.seconds(5), model::refresh);
        // A client's request that refreshes a listing shows at once, not at the next periodic reading.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                model.close();
            } else {
                model.followChanges();
            }
        });
    }

    private static TableView<ListingRow> table(MetadataStalenessViewModel model) {
        SortedList<ListingRow> sorted = new SortedList<>(model.shown());
        TableView<ListingRow> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("listings-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, "staleness-table");
        TableColumn<ListingRow, ListingRow> format = text("Format", 70, r -> new SimpleStringProperty(r.format()),
                Comparator.comparing(ListingRow::format));
        TableColumn<ListingRow, ListingRow> name = text("Package", 100, r -> new SimpleStringProperty(r.packageName()),
                Comparator.comparing(ListingRow::packageName, String.CASE_INSENSITIVE_ORDER));
        TableColumn<ListingRow, ListingRow> connection = text("Connection", 108,
                r -> new SimpleStringProperty(r.connectionName()), Comparator.comparing(ListingRow::connectionName));
        TableColumn<ListingRow, ListingRow> fetched = text("Fetched", 152, ListingRow::fetchedProperty,
                Comparator.comparing(r -> r.listing().fetchedAt()));
        TableColumn<ListingRow, ListingRow> expires = text("Expires", 152, ListingRow::expiresProperty,
                Comparator.comparing(r -> r.listing().expiresAt()));
        TableColumn<ListingRow, ListingRow> retained = text("Retained", 90, ListingRow::versionsProperty,
                Comparator.comparingInt(ListingRow::retainedVersions).thenComparingInt(ListingRow::upstreamVersions));
        table.getColumns().addAll(java.util.List.of(format, name, connection, fetched, expires, state(), retained,
                action(model)));
        table.getSortOrder().add(name);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<ListingRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    model.openPackage(row.getItem());
                }
            });
            return row;
        });
        Node empty = new EmptyState(Icons.CACHE, "No cached listings in " + model.domain().name() + " yet",
                "This table lists each package's versions as a public registry listed them, cached per domain: when the "
                        + "listing was fetched, when it expires, whether a stale copy is served during an outage, and how "
                        + "many of its versions are retained. It fills when a package manager, or \"Fetch a package…\" on a "
                        + "repository screen, asks for a package through a repository connected to npm, PyPI, Maven or crates.io.");
        Node nothingMatches = new EmptyState(Icons.SEARCH, "No listing matches the filter",
                "Clear the filter to see every cached listing of " + model.domain().name() + ".");
        Node loading = new Label("Reading the metadata cache…");
        Runnable placeholder = () -> table.setPlaceholder(!model.loadedProperty().get() ? loading
                : model.filteredAway().get() ? nothingMatches : empty);
        model.loadedProperty().addListener((obs, was, now) -> placeholder.run());
        model.filteredAway().addListener((obs, was, now) -> placeholder.run());
        placeholder.run();
        return table;
    }

    /** A column whose cells follow a row property, so ages tick without rebuilding the table; sorted by row. */
    private static TableColumn<ListingRow, ListingRow> text(String title, double width,
                                                          Function<ListingRow, ObservableStringValue> value,
                                                          Comparator<ListingRow> order) {
        TableColumn<ListingRow, ListingRow> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(order);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ListingRow row, boolean empty) {
                super.updateItem(row, empty);
                textProperty().unbind();
                if (empty || row == null) {
                    setText(null);
                } else {
                    textProperty().bind(value.apply(row));
                }
            }
        });
        return column;
    }

    /** The state as a coloured badge: green fresh, amber expired, red served stale; the full sentence beside it. */
    private static TableColumn<ListingRow, ListingRow> state() {
        TableColumn<ListingRow, ListingRow> column = new TableColumn<>("State");
        column.setPrefWidth(240);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(Comparator.comparing(ListingRow::state)
                .thenComparing(r -> r.listing().expiresAt()));
        column.setCellFactory(c -> new StateCell());
        return column;
    }

    /** Follows its row's state: the badge's colour and the failure's reason in a tooltip change with it. */
    private static final class StateCell extends TableCell<ListingRow, ListingRow> {
        private final Label badge = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(8, badge, text);
        private final InvalidationListener repaint = o -> paint();
        private ListingRow shown;

        StateCell() {
            badge.getStyleClass().add("badge");
            badge.setMinWidth(Label.USE_PREF_SIZE);
            text.getStyleClass().add(Styles.TEXT_SMALL);
            text.setMinWidth(0);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ListingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (shown != null) {
                shown.stateProperty().removeListener(repaint);
                shown.listingProperty().removeListener(repaint);
                text.textProperty().unbind();
            }
            shown = empty ? null : row;
            if (shown == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            shown.stateProperty().addListener(repaint);
            shown.listingProperty().addListener(repaint);
            text.textProperty().bind(shown.stateTextProperty().map(MetadataStalenessView::afterWord));
            paint();
            setGraphic(box);
        }

        private void paint() {
            badge.setText(shown.state().word());
            badge.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
            badge.getStyleClass().add(style(shown.state()));
            setTooltip(shown.listing().problem().map(p -> new Tooltip("Last refresh failed: " + p)).orElse(null));
        }
    }

    /** The sentence after the badge's word: "expires in 7 min" beside "fresh". */
    private static String afterWord(String sentence) {
        int dot = sentence.indexOf(" · ");
        if (sentence.startsWith("fresh") && dot > 0) {
            return sentence.substring(dot + 3);
        }
        if (sentence.startsWith("served stale ")) {
            return sentence.substring("served stale ".length());
        }
        if (sentence.startsWith("expired ") && dot > 0) {
            return sentence.substring("expired ".length(), dot);
        }
        return sentence;
    }

    private static String style(ListingState state) {
        return switch (state) {
            case FRESH -> Styles.SUCCESS;
            case EXPIRED -> Styles.WARNING;
            case SERVED_STALE -> Styles.DANGER;
        };
    }

    private static TableColumn<ListingRow, ListingRow> action(MetadataStalenessViewModel model) {
        TableColumn<ListingRow, ListingRow> column = new TableColumn<>("");
        column.setGraphic(Icons.of(Icons.REFRESH));
        column.setPrefWidth(36);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Button refresh = new Button("", Icons.of(Icons.REFRESH));

            {
                refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            }

            @Override
            protected void updateItem(ListingRow row, boolean empty) {
                super.updateItem(row, empty);
                refresh.disableProperty().unbind();
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                refresh.setId("refresh-" + row.coordinate().name() + "-" + row.connection().name().toLowerCase());
                refresh.setTooltip(new Tooltip("Refresh now: ask " + row.connectionName() + " for " + row.packageName()
                        + "'s versions, whatever the cache policy says"));
                refresh.disableProperty().bind(row.refreshingProperty());
                refresh.setOnAction(e -> model.refreshNow(row));
                setGraphic(refresh);
            }
        });
        return column;
    }
}
