package dev.packyard.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * A row of actions that never shortens a button's label: what does not fit in the width it is given moves, from the
 * end, into a "More" menu whose items run the same actions and follow the buttons' disabled state. On a narrow
 * window (1024 wide) the row keeps its first actions readable instead of showing "Publ…", "Un…", "Delet…".
 */
public final class OverflowBar extends Region {
    private final List<Node> items;
    private final MenuButton more = new MenuButton("", Icons.of(Icons.MORE));
    private final double spacing;
    private List<Node> overflowShown = List.of();

    public OverflowBar(double spacing, Node... items) {
        this.spacing = spacing;
        this.items = List.of(items);
        more.setId("more-actions");
        more.setTooltip(new Tooltip("More actions"));
        more.setVisible(false);
        getChildren().addAll(items);
        getChildren().add(more);
        for (Node item : items) {
            if (item instanceof Region r) {
                // Labels stay whole; a button that cannot be shown whole moves into the menu.
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> requestLayout());
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        double width = 0;
        for (Node item : items) {
            width += item.prefWidth(-1) + spacing;
        }
        return in.getLeft() + Math.max(0, width - spacing) + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + more.prefWidth(-1) + in.getRight();
    }

    /** As tall as its buttons: a box short of room must not squeeze the row under them. */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double height = more.prefHeight(-1);
        for (Node item : items) {
            height = Math.max(height, item.prefHeight(-1));
        }
        return in.getTop() + height + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double available = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        boolean allFit = computePrefWidth(-1) - in.getLeft() - in.getRight() <= available;
        double room = allFit ? available : available - more.prefWidth(-1) - spacing;
        double x = in.getLeft();
        List<Node> hidden = new ArrayList<>();
        for (Node item : items) {
            double w = item.prefWidth(-1);
            if (hidden.isEmpty() && x - in.getLeft() + w <= room) {
                item.setVisible(true);
                layoutInArea(item, x, in.getTop(), w, height, 0, javafx.geometry.HPos.LEFT, VPos.CENTER);
                x += w + spacing;
            } else {
                item.setVisible(false);
                hidden.add(item);
            }
        }
        more.setVisible(!hidden.isEmpty());
        if (!hidden.isEmpty()) {
            double w = more.prefWidth(-1);
            layoutInArea(more, x, in.getTop(), w, height, 0, javafx.geometry.HPos.LEFT, VPos.CENTER);
        }
        if (!hidden.equals(overflowShown)) {
            overflowShown = hidden;
            more.getItems().setAll(menuItems(hidden));
        }
    }

    /** The menu's items for the actions that did not fit (a label among them is left out, a separator kept). */
    private static List<MenuItem> menuItems(List<Node> hidden) {
        List<MenuItem> menu = new ArrayList<>();
        for (Node node : hidden) {
            if (node instanceof Separator) {
                if (!menu.isEmpty()) {
                    menu.add(new SeparatorMenuItem());
                }
            } else if (node instanceof ButtonBase button) {
                MenuItem item = new MenuItem(button.getText(), button.getGraphic() == null ? null : copyIcon(button));
                item.setId(button.getId() == null ? null : button.getId() + "-menu");
                item.disableProperty().bind(button.disabledProperty());
                item.setOnAction(e -> button.fire());
                menu.add(item);
            }
        }
        return menu;
    }

    private static Node copyIcon(Labeled button) {
        return button.getGraphic() instanceof org.kordamp.ikonli.javafx.FontIcon icon
                ? Icons.of(icon.getIconLiteral()) : null;
    }

    /** The buttons shown in the menu now, for tests. */
    public List<Node> overflow() {
        return overflowShown;
    }
}
