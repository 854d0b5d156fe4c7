package dev.packyard.ui.main;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.NavTarget;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One part of the left navigation: either the domains (Domains → each domain → its metadata cache, search and
 * repositories), which grows with the data and scrolls, or the global screens (connections, tasks, demo, settings),
 * which the sidebar pins below it so they stay in view however many domains there are.
 */
final class NavigationTree extends TreeView<NavEntry> {
    /** Height of a row of the global part, which is sized to show all its rows. */
    private static final double GLOBAL_ROW = 32;
    private final MainViewModel model;
    private final boolean global;
    private boolean rebuilding;

    private NavigationTree(MainViewModel model, boolean global) {
        this.model = model;
        this.global = global;
        setId(global ? "global-navigation" : "domain-navigation");
        setShowRoot(false);
        getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        setCellFactory(t -> new EntryCell());
        setRoot(new TreeItem<>());
        build();
        model.navigation().domains().addListener((ListChangeListener<NavigationViewModel.DomainNode>) c -> build());
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!rebuilding && now != null && !now.getValue().target().equals(model.targetProperty().get())) {
                model.show(now.getValue().target());
            }
        });
        // A package screen keeps its repository selected here; a click on it must still go back to the repository.
        setOnMouseClicked(e -> {
            TreeItem<NavEntry> item = getSelectionModel().getSelectedItem();
            if (item != null && !item.getValue().target().equals(model.targetProperty().get())) {
                model.show(item.getValue().target());
            }
        });
        model.targetProperty().addListener((obs, old, now) -> select(now));
    }

    /** The domains and their screens. */
    static NavigationTree domains(MainViewModel model) {
        return new NavigationTree(model, false);
    }

    /** External connections, Tasks, the offline demo and Settings. */
    static NavigationTree global(MainViewModel model) {
        NavigationTree tree = new NavigationTree(model, true);
        tree.setFixedCellSize(GLOBAL_ROW);
        return tree;
    }

    private void build() {
        rebuilding = true;
        if (global) {
            List<TreeItem<NavEntry>> top = new ArrayList<>(List.of(new TreeItem<>(new NavEntry.Connections()),
                    new TreeItem<>(new NavEntry.Tasks())));
            if (model.demoAvailable()) {
                top.add(new TreeItem<>(new NavEntry.Demo()));
            }
            top.add(new TreeItem<>(new NavEntry.Settings()));
            getRoot().getChildren().setAll(top);
            double height = top.size() * GLOBAL_ROW + 4;
            setMinHeight(height);
            setPrefHeight(height);
            setMaxHeight(height);
            select(model.targetProperty().get());
            rebuilding = false;
            return;
        }
        TreeItem<NavEntry> domains = new TreeItem<>(new NavEntry.AllDomains());
        domains.setExpanded(true);
        for (NavigationViewModel.DomainNode node : model.navigation().domains()) {
            TreeItem<NavEntry> domain = new TreeItem<>(new NavEntry.Domain(node));
            domain.setExpanded(true);
            domain.getChildren().add(new TreeItem<>(new NavEntry.MetadataCache(node)));
            domain.getChildren().add(new TreeItem<>(new NavEntry.Search(node)));
            node.repositories().forEach(r -> domain.getChildren().add(new TreeItem<>(new NavEntry.Repository(r))));
            domains.getChildren().add(domain);
        }
        getRoot().getChildren().setAll(List.of(domains));
        select(model.targetProperty().get());
        rebuilding = false;
    }

    private void select(NavTarget target) {
        NavTarget wanted = target instanceof NavTarget.Package p ? new NavTarget.Repository(p.repository()) : target;
        for (TreeItem<NavEntry> item : all(getRoot())) {
            if (item.getValue() != null && item.getValue().target().equals(wanted)) {
                boolean was = rebuilding;
                rebuilding = true;
                getSelectionModel().select(item);
                rebuilding = was;
                return;
            }
        }
        // The screen shown is in the sidebar's other part.
        boolean was = rebuilding;
        rebuilding = true;
        getSelectionModel().clearSelection();
        rebuilding = was;
    }

    private static List<TreeItem<NavEntry>> all(TreeItem<NavEntry> root) {
        List<TreeItem<NavEntry>> items = new ArrayList<>();
        for (TreeItem<NavEntry> child : root.getChildren()) {
            items.add(child);
            items.addAll(all(child));
        }
        return items;
    }

    private static final class EntryCell extends TreeCell<NavEntry> {
        @Override
        protected void updateItem(NavEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(null);
            setGraphic(row(entry));
        }

        EntryCell() {
            // Rows take the sidebar's width and shorten their names (the tooltip has them in full) instead of making
            // the sidebar scroll sideways.
            setPrefWidth(0);
        }

        private static HBox row(NavEntry entry) {
            String icon;
            String text;
            String count = "";
            String tip;
            if (entry instanceof NavEntry.Domain d) {
                icon = Icons.DOMAIN;
                text = d.node().details().domain().name();
                count = Integer.toString(d.node().details().repositoryCount());
                tip = count + " repositories";
            } else if (entry instanceof NavEntry.Repository r) {
                icon = r.node().repository().externalConnection().isPresent() ? Icons.PUBLIC : Icons.REPOSITORY;
                text = r.node().repository().name();
                count = Integer.toString(r.node().packageCount());
                tip = count + " packages";
            } else if (entry instanceof NavEntry.MetadataCache) {
                icon = Icons.CACHE;
                text = "Metadata cache";
                tip = "";
            } else if (entry instanceof NavEntry.Search) {
                icon = Icons.SEARCH;
                text = "Search";
                tip = "Search the packages of every repository of the domain (Ctrl+F)";
            } else if (entry instanceof NavEntry.Connections) {
                icon = Icons.PUBLIC;
                text = "External connections";
                tip = "";
            } else if (entry instanceof NavEntry.Tasks) {
                icon = Icons.TASKS;
                text = "Tasks";
                tip = "";
            } else if (entry instanceof NavEntry.Demo) {
                icon = Icons.DEMO;
                text = "Offline demo";
                tip = "";
            } else if (entry instanceof NavEntry.Settings) {
                icon = Icons.SETTINGS;
                text = "Settings";
                tip = "";
            } else {
                icon = Icons.DOMAIN;
                text = "Domains";
                tip = "";
            }
            Label label = new Label(text);
            label.setMinWidth(0);
            label.setTooltip(new Tooltip(tip.isEmpty() ? text : text + " · " + tip));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, Icons.of(icon), label, spacer);
            if (!count.isEmpty()) {
                Label badge = new Label(count);
                badge.getStyleClass().addAll("count", Styles.TEXT_SMALL);
                badge.setMinWidth(Region.USE_PREF_SIZE);
                badge.setTooltip(new Tooltip(tip));
                row.getChildren().add(badge);
            }
            row.setAlignment(Pos.CENTER_LEFT);
            return row;
        }
    }
}
