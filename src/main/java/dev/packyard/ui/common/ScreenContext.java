package dev.packyard.ui.common;

import dev.packyard.ui.ConsoleContext;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** What every screen's ViewModel works with. */
public record ScreenContext(ConsoleContext console, BackgroundRunner runner, DialogService dialogs, Navigator navigator) {
    /** Runs a service call in the background; a failure is shown in an error dialog titled {@code failureTitle}. */
    public <T> void call(String failureTitle, Callable<T> work, Consumer<? super T> onSuccess) {
        runner.run(work, onSuccess, e -> dialogs.showError(failureTitle, UserMessages.of(e)));
    }
}
