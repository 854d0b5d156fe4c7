package dev.packyard.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;

/** Runs an action at a fixed period while a node is in a showing window: countdowns and ages move on by themselves. */
public final class Ticker {
    private Ticker() {
    }

    public static void whileShowing(Node node, Duration period, Runnable action) {
        Timeline tick = new Timeline(new KeyFrame(period, e -> action.run()));
        tick.setCycleCount(Animation.INDEFINITE);
        ObservableValue<Boolean> showing = node.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        showing.addListener((obs, was, now) -> {
            if (now) {
                tick.play();
            } else {
                tick.stop();
            }
        });
        if (showing.getValue()) {
            tick.play();
        }
        // Keeps the mapped value (and so its listener) alive as long as the node.
        node.getProperties().put(Ticker.class, showing);
    }
}
