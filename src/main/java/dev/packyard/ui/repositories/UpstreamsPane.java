package dev.packyard.ui.repositories;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Buttons;
import dev.packyard.ui.common.EmptyState;
import dev.packyard.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The upstream list (reordered by drag-and-drop or the arrow buttons) next to the resulting resolution order. */
final class UpstreamsPane extends HBox {
    UpstreamsPane(UpstreamsViewModel model) {
        super(20);
        setPadding(new Insets(16, 20, 16, 20));
        ListView<String> list = new ListView<>(model.upstreams());
        list.setId("upstream-list");
        list.setCellFactory(l -> new UpstreamCell(model));
        EmptyState noUpstreams = new EmptyState(Icons.UPSTREAM, "No upstream repositories",
                "Add an upstream so that requests this repository cannot answer are passed on.");
        EmptyState connected = new EmptyState(Icons.PUBLIC, "Connected to a public registry",
                "A repository with an external connection has no upstreams. Add this repository as an upstream of "
                        + "another one instead.");
        list.placeholderProperty().bind(Bindings.when(model.connectedProperty())
                .then((Node) connected).otherwise(noUpstreams));
        list.setPrefHeight(260);
        // A move saves and reloads the list: the moved upstream stays selected, so it can be moved again.
        String[] keep = new String[1];
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                keep[0] = now;
            }
        });
        model.upstreams().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (keep[0] != null && model.upstreams().contains(keep[0])) {
                list.getSelectionModel().select(keep[0]);
            }
        });
        // A filter, so the list's own Up/Down handling cannot take the key first.
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            int at = list.getSelectionModel().getSelectedIndex();
            if (e.isAltDown() && e.getCode() == javafx.scene.input.KeyCode.UP) {
                model.moveUp(at);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == javafx.scene.input.KeyCode.DOWN) {
                model.moveDown(at);
                e.consume();
            }
        });

        Button up = Buttons.withTip("", Icons.UP, "upstream-up", "Search this upstream earlier",
                () -> model.moveUp(list.getSelectionModel().getSelectedIndex()));
        Button down = Buttons.withTip("", Icons.DOWN, "upstream-down", "Search this upstream later",
                () -> model.moveDown(list.getSelectionModel().getSelectedIndex()));
        Button add = Buttons.withTip("Add", Icons.ADD, "upstream-add", "Add an upstream repository", model::add);
        Button remove = Buttons.withTip("Remove", Icons.DELETE, "upstream-remove", "Remove the selected upstream",
                () -> model.remove(list.getSelectionModel().getSelectedItem()));
        up.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(1));
        down.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0)
                .or(list.getSelectionModel().selectedIndexProperty().greaterThanOrEqualTo(
                        Bindings.size(model.upstreams()).subtract(1))));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        add.disableProperty().bind(model.canAddBinding().not());
        up.getStyleClass().add(Styles.BUTTON_ICON);
        down.getStyleClass().add(Styles.BUTTON_ICON);
        HBox buttons = new HBox(6, up, down, add, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label listTitle = title("Upstreams, in search order");
        Label hint = new Label("Drag an upstream, use the arrows, or press Alt+↑ / Alt+↓, to change the order.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox left = new VBox(8, listTitle, hint, list, buttons);
        left.setPrefWidth(360);
        left.setMinWidth(300);

        Label chainTitle = title("Resolution order");
        Label chainHint = new Label("A request is answered by the first repository on this path that has the version; "
                + "a repository with an external connection fetches it from the public registry.");
        chainHint.setWrapText(true);
        chainHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        ScrollPane chain = new ScrollPane(new ResolutionChainView(model.order()));
        chain.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(chain, Priority.ALWAYS);
        VBox right = new VBox(8, chainTitle, chainHint, chain);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    /** A row that can be dragged onto another row to take its place. */
    private static final class UpstreamCell extends ListCell<String> {
        UpstreamCell(UpstreamsViewModel model) {
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(Integer.toString(getIndex()));
                board.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() != this && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                boolean done = false;
                if (e.getDragboard().hasString() && !isEmpty()) {
                    model.move(Integer.parseInt(e.getDragboard().getString()), getIndex());
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label number = new Label((getIndex() + 1) + ".");
            number.getStyleClass().add(Styles.TEXT_MUTED);
            HBox row = new HBox(8, Icons.of(Icons.DRAG), number, Icons.of(Icons.REPOSITORY), new Label(item));
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
