package dev.packyard.ui.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Drives the real console window for docs/screenshots/take-screenshots.sh by looking nodes up, not by clicking at
 * positions: the script writes one command a line into a pipe, the driver carries it out on the FX thread and appends
 * a line to an acknowledgement file when done, and the script then takes the screenshot with ImageMagick.
 * <ul>
 *   <li>{@code nav TEXT [N]} selects the N-th (default first) navigation entry reading TEXT;</li>
 *   <li>{@code fire ID} fires the button, or selects the tab, with that id (a dialog it opens stays open);</li>
 *   <li>{@code text ID VALUE…} types VALUE into the text field with that id;</li>
 *   <li>{@code select ID TEXT} selects the row of table ID that has a cell reading TEXT ({@code @N}: the N-th row, from 0);
 *   {@code enter ID} presses Enter on it;</li>
 *   <li>{@code wait ID} waits until a node with that id is on show.</li>
 * </ul>
 */
public final class ScreenshotDriver {
    private final Path commands;
    private final Path acks;

    private ScreenshotDriver(Path commands, Path acks) {
        this.commands = commands;
        this.acks = acks;
    }

    /** Starts the driver on its own thread when the tour's pipe is named by {@code packyard.tour.commands}. */
    public static void startIfAsked() {
        String commands = System.getProperty("packyard.tour.commands");
        String acks = System.getProperty("packyard.tour.acks");
        if (commands == null || acks == null) {
            return;
        }
        Thread t = new Thread(new ScreenshotDriver(Path.of(commands), Path.of(acks))::run, "screenshot-driver");
        t.setDaemon(true);
        t.start();
    }

    private void run() {
        try (BufferedReader in = Files.newBufferedReader(commands, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String outcome;
                try {
                    outcome = execute(line.strip());
                } catch (RuntimeException e) {
                    outcome = "failed: " + e.getMessage();
                }
                Files.writeString(acks, line + " -> " + outcome + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            System.err.println("screenshot driver stopped: " + e.getMessage());
        }
    }

    private String execute(String line) {
        if (line.isEmpty()) {
            return "ok";
        }
        String[] words = line.split(" ", 2);
        String rest = words.length > 1 ? words[1] : "";
        return switch (words[0]) {
            case "nav" -> onFx(() -> nav(rest));
            case "fire" -> onFx(() -> fire(rest));
            case "text" -> onFx(() -> text(rest));
            case "select" -> onFx(() -> select(rest));
            case "enter" -> onFx(() -> enter(rest));
            case "wait" -> waitFor(rest);
            default -> "unknown command";
        };
    }

    /** Runs {@code action} on the FX thread without waiting for what it opens (a dialog's nested loop) to end. */
    private static String onFx(java.util.function.Supplier<String> action) {
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(action.get());
            } catch (RuntimeException e) {
                done.complete("failed: " + e.getMessage());
            }
        });
        try {
            // A command that opens a modal dialog does not return until the dialog closes: carry on after a moment.
            return done.get(1500, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return "ok (a dialog is open)";
        } catch (Exception e) {
            return "failed: " + e;
        }
    }

    private static String nav(String args) {
        String text = args;
        int nth = 1;
        int space = args.lastIndexOf(' ');
        if (space > 0 && args.substring(space + 1).matches("\\d+")) {
            text = args.substring(0, space);
            nth = Integer.parseInt(args.substring(space + 1));
        }
        int seen = 0;
        // A lookup gives the cells in no particular order: the N-th entry is counted in row order.
        List<TreeCell<?>> cells = new ArrayList<>();
        for (Node node : all(".tree-cell")) {
            cells.add((TreeCell<?>) node);
        }
        cells.sort(java.util.Comparator.comparing((TreeCell<?> c) -> c.getTreeView().getId() == null ? "" : c.getTreeView().getId())
                .thenComparingInt(TreeCell::getIndex));
        for (TreeCell<?> cell : cells) {
            if (cell.getTreeItem() != null && reads(cell, text) && ++seen == nth) {
                select(cell);
                return "ok";
            }
        }
        return "failed: no navigation entry " + text;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void select(TreeCell cell) {
        // A package screen keeps its repository selected in the tree: selecting it afresh goes back to the repository.
        cell.getTreeView().getSelectionModel().clearSelection();
        cell.getTreeView().getSelectionModel().select(cell.getTreeItem());
    }

    private static boolean reads(Parent parent, String text) {
        for (Node n : parent.lookupAll(".label")) {
            if (n instanceof Label l && text.equals(l.getText())) {
                return true;
            }
        }
        return false;
    }

    private static String fire(String id) {
        Optional<Node> node = byId(id);
        if (node.isPresent() && node.get() instanceof ButtonBase button) {
            button.fire();
            return "ok";
        }
        for (Node n : all(".tab-pane")) {
            for (Tab tab : ((TabPane) n).getTabs()) {
                if (id.equals(tab.getId())) {
                    tab.getTabPane().getSelectionModel().select(tab);
                    return "ok";
                }
            }
        }
        return "failed: no button or tab " + id;
    }

    private static String text(String args) {
        String[] parts = args.split(" ", 2);
        Optional<Node> node = byId(parts[0]);
        if (node.isPresent() && node.get() instanceof TextInputControl field) {
            field.requestFocus();
            field.setText(parts.length > 1 ? parts[1] : "");
            field.positionCaret(field.getLength());
            return "ok";
        }
        return "failed: no text field " + parts[0];
    }

    private static String select(String args) {
        String[] parts = args.split(" ", 2);
        Optional<Node> node = byId(parts[0]);
        if (node.isEmpty() || !(node.get() instanceof TableView<?> table)) {
            return "failed: no table " + parts[0];
        }
        String wanted = parts.length > 1 ? parts[1] : "";
        if (wanted.matches("@\\d+")) {
            int row = Integer.parseInt(wanted.substring(1));
            if (row >= table.getItems().size()) {
                return "failed: table " + parts[0] + " has no row " + row;
            }
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row);
            return "ok";
        }
        for (int row = 0; row < table.getItems().size(); row++) {
            for (TableColumn<?, ?> column : table.getColumns()) {
                Object cell = column.getCellData(row);
                if (cell != null && cell.toString().equals(parts.length > 1 ? parts[1] : "")) {
                    table.requestFocus();
                    table.getSelectionModel().clearAndSelect(row);
                    return "ok";
                }
            }
        }
        return "failed: no row " + (parts.length > 1 ? parts[1] : "");
    }

    private static String enter(String id) {
        Optional<Node> node = byId(id);
        if (node.isEmpty()) {
            return "failed: no node " + id;
        }
        node.get().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        return "ok";
    }

    private static String waitFor(String id) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            String found = onFx(() -> byId(id).filter(Node::isVisible).isPresent() ? "ok" : "");
            if (found.equals("ok")) {
                return found;
            }
            try {
                Thread.sleep(100); // polling a condition, with a deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        return "failed: " + id + " did not show";
    }

    private static Optional<Node> byId(String id) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.getScene() != null) {
                Node n = w.getScene().lookup("#" + id);
                if (n != null) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }

    private static List<Node> all(String selector) {
        List<Node> nodes = new ArrayList<>();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.getScene() != null) {
                nodes.addAll(w.getScene().getRoot().lookupAll(selector));
            }
        }
        return nodes;
    }
}
