package dev.packyard.ui.repositories;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Icons;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The resolution order drawn as a chain of numbered boxes, indented by upstream depth. */
final class ResolutionChainView extends VBox {
    ResolutionChainView(ObservableList<ResolutionOrder.Step> order) {
        super(2);
        setId("resolution-chain");
        order.addListener((ListChangeListener<ResolutionOrder.Step>) c -> draw(order));
        draw(order);
    }

    private void draw(List<ResolutionOrder.Step> steps) {
        getChildren().clear();
        int number = 0;
        for (int i = 0; i < steps.size(); i++) {
            ResolutionOrder.Step step = steps.get(i);
            if (i > 0) {
                HBox arrow = new HBox(Icons.of(Icons.CHAIN_NEXT));
                arrow.setPadding(new Insets(0, 0, 0, 24 * step.depth() + 12));
                getChildren().add(arrow);
            }
            getChildren().add(node(step, step.missing() ? 0 : ++number));
        }
    }

    private static HBox node(ResolutionOrder.Step step, int number) {
        Label order = new Label(step.missing() ? "–" : Integer.toString(number));
        order.getStyleClass().add(Styles.TEXT_BOLD);
        order.setMinWidth(18);
        Label name = new Label(step.repository());
        VBox texts = new VBox(name);
        HBox box = new HBox(8, order, Icons.of(step.externalConnection().isPresent() ? Icons.PUBLIC : Icons.REPOSITORY), texts);
        step.externalConnection().ifPresent(c -> {
            Label badge = new Label("fetches from " + c.connectionName());
            badge.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.ACCENT);
            texts.getChildren().add(badge);
        });
        if (step.missing()) {
            Label missing = new Label("deleted — skipped");
            missing.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
            texts.getChildren().add(missing);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6; -fx-background-radius: 6;"
                + " -fx-background-color: -color-bg-subtle;");
        box.setMaxWidth(USE_PREF_SIZE);
        box.setMinWidth(USE_PREF_SIZE);
        HBox indented = new HBox(box);
        indented.setPadding(new Insets(0, 0, 0, 24 * step.depth()));
        return indented;
    }
}
