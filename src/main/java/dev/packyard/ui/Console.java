package dev.packyard.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Starts the JavaFX toolkit and shows the main window; returns when the window is closed. */
public final class Console {
    private Console() {
    }

    public static void run(ConsoleContext context) {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage stage = new Stage();
            stage.setTitle("Packyard");
            Label title = new Label("Packyard");
            title.getStyleClass().add("title-1");
            Label details = new Label("Account " + context.accountId() + " · data in " + context.dataDirectory());
            VBox root = new VBox(12, title, details);
            root.setPadding(new Insets(24));
            stage.setScene(new Scene(root, 1100, 720));
            stage.setOnHidden(e -> closed.countDown());
            stage.show();
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
    }
}
