package dev.packyard.ui.packages;

import atlantafx.base.theme.Styles;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Restriction;
import dev.packyard.ui.common.Buttons;
import dev.packyard.ui.common.OverflowBar;
import dev.packyard.ui.common.EmptyState;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.ScreenHeader;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** Layout of the package screen: versions table, status commands, origin controls. */
public final class PackageView extends BorderPane {
    private static final double ORIGIN_WIDTH = 340;

    public PackageView(PackageViewModel model) {
        setId("package-screen");
        Button back = Buttons.withTip(model.repositoryId().name(), Icons.REPOSITORY, "open-repository",
                "Back to the repository", model::openRepository);
        back.getStyleClass().add(Styles.FLAT);
        ScreenHeader header = new ScreenHeader(Icons.PACKAGE, new SimpleStringProperty(model.coordinate().displayName()),
                model.summaryProperty(), back);
        header.setPadding(new Insets(16, 20, 8, 20));
        setTop(header);

        SortedList<VersionRow> sorted = new SortedList<>(model.versions());
        TableView<VersionRow> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("version-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Bindings.bindContent(model.selected(), table.getSelectionModel().getSelectedItems());
        table.getColumns().add(text("Version", 160, VersionRow::version));
        table.getColumns().add(status());
        table.getColumns().add(origin());
        table.getColumns().add(text("Revision", 130, VersionRow::revisionShort));
        table.getColumns().add(text("Published", 170, VersionRow::published));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new EmptyState(Icons.PACKAGE, "No versions",
                "Every version of this package was deleted; the package itself keeps its origin controls."));
        VBox.setVgrow(table, Priority.ALWAYS);

        StalenessPane staleness = new StalenessPane(model);
        VBox origin = originControls(model);
        // A fixed width: its wrapped hint is then measured at the width it is shown in (a shrinking box was given the
        // height of a wider one, and the controls below overlapped the version actions at 1024 wide).
        origin.setPrefWidth(ORIGIN_WIDTH);
        origin.setMinWidth(ORIGIN_WIDTH);
        origin.setMaxWidth(ORIGIN_WIDTH);
        HBox.setHgrow(staleness, Priority.ALWAYS);
        staleness.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(16, staleness, origin);
        table.setMinHeight(120);
        VersionDetailPane detail = new VersionDetailPane(model.detail());
        detail.setMinHeight(160);
        SplitPane versionsAndDetail = new SplitPane(table, detail);
        versionsAndDetail.setId("versions-split");
        versionsAndDetail.setOrientation(Orientation.VERTICAL);
        versionsAndDetail.setDividerPositions(0.4);
        VBox.setVgrow(versionsAndDetail, Priority.ALWAYS);
        VBox center = new VBox(12, top, actions(model, table), versionsAndDetail);
        center.setPadding(new Insets(8, 20, 16, 20));
        setCenter(center);
    }

    private static OverflowBar actions(PackageViewModel model, TableView<VersionRow> table) {
        Label label = new Label("Selected versions:");
        label.getStyleClass().add(Styles.TEXT_MUTED);
        Button publish = Buttons.withTip("Publish", Icons.UP, "status-published", "Set status Published: listed and "
                + "downloadable", () -> model.setStatus(PackageVersionStatus.Published));
        Button unlist = Buttons.withTip("Unlist", Icons.DOWN, "status-unlisted", "Set status Unlisted: downloadable "
                + "but not listed to package managers", () -> model.setStatus(PackageVersionStatus.Unlisted));
        Button archive = Buttons.withTip("Archive", Icons.ARCHIVE, "status-archived", "Set status Archived: kept but "
                + "not downloadable", () -> model.setStatus(PackageVersionStatus.Archived));
        Button dispose = Buttons.withTip("Dispose…", Icons.DISPOSE, "dispose-versions", "Delete the files, keep the record",
                model::dispose);
        Button delete = Buttons.withTip("Delete…", Icons.DELETE, "delete-versions", "Delete the versions (Delete)",
                model::deleteSelection);
        dispose.getStyleClass().add(Styles.WARNING);
        delete.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        for (Button b : new Button[] {publish, unlist, archive, dispose, delete}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        // On a narrow window the last actions move into a "More" menu rather than being cut to "Publ…", "Delet…".
        return new OverflowBar(8, label, publish, unlist, archive, new Separator(Orientation.VERTICAL), dispose, delete);
    }

    private static VBox originControls(PackageViewModel model) {
        Label title = new Label("Origin controls");
        title.getStyleClass().add(Styles.TITLE_4);
        // A Text wrapped at the box's width reports its wrapped height; a wrapping Label reported one line, and the
        // controls below it overlapped the version actions at 1024 wide.
        Text hint = new Text("Whether new versions of this package may be published to this repository directly, and "
                + "whether they may come from upstream repositories and external connections.");
        hint.setWrappingWidth(ORIGIN_WIDTH);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return new VBox(6, title, hint,
                restrictionRow("Publish", "origin-publish", model.publishProperty(), model::setPublish),
                restrictionRow("Upstream", "origin-upstream", model.upstreamProperty(), model::setUpstream));
    }

    private static HBox restrictionRow(String name, String id, ReadOnlyObjectProperty<Restriction> value,
                                      Consumer<Restriction> change) {
        Label label = new Label(name);
        label.setMinWidth(90);
        ToggleGroup group = new ToggleGroup();
        ToggleButton allow = new ToggleButton("ALLOW");
        ToggleButton block = new ToggleButton("BLOCK");
        allow.setId(id + "-allow");
        block.setId(id + "-block");
        allow.getStyleClass().add(Styles.LEFT_PILL);
        block.getStyleClass().add(Styles.RIGHT_PILL);
        allow.setToggleGroup(group);
        block.setToggleGroup(group);
        Runnable sync = () -> {
            allow.setSelected(value.get() == Restriction.ALLOW);
            block.setSelected(value.get() == Restriction.BLOCK);
        };
        value.addListener((obs, old, now) -> sync.run());
        sync.run();
        allow.setOnAction(e -> {
            sync.run();
            change.accept(Restriction.ALLOW);
        });
        block.setOnAction(e -> {
            sync.run();
            change.accept(Restriction.BLOCK);
        });
        HBox row = new HBox(0, label, allow, block);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TableColumn<VersionRow, String> text(String title, double width, Function<VersionRow, String> value) {
        TableColumn<VersionRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<VersionRow, VersionRow> status() {
        return badgeColumn("Status", 120, row -> row.status().name(), row -> switch (row.status()) {
            case Published -> Styles.SUCCESS;
            case Unlisted, Unfinished -> Styles.WARNING;
            default -> Styles.DANGER;
        }, row -> null);
    }

    private static TableColumn<VersionRow, VersionRow> origin() {
        return badgeColumn("Origin", 110, row -> row.origin().label(), row -> switch (row.origin()) {
            case INTERNAL -> Styles.SUCCESS;
            case EXTERNAL -> Styles.ACCENT;
            default -> Styles.WARNING;
        }, VersionRow::originDetail);
    }

    private static TableColumn<VersionRow, VersionRow> badgeColumn(String title, double width, Function<VersionRow, String> text,
                                                                  Function<VersionRow, String> style,
                                                                  Function<VersionRow, String> tip) {
        TableColumn<VersionRow, VersionRow> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(VersionRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                Label badge = new Label(text.apply(row));
                badge.getStyleClass().addAll("badge", style.apply(row));
                setGraphic(badge);
                String t = tip.apply(row);
                setTooltip(t == null ? null : new Tooltip(t));
            }
        });
        return column;
    }
}
