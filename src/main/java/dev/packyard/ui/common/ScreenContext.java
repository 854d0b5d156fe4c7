package dev.packyard.ui.common;

import dev.packyard.ui.ConsoleContext;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What every screen's ViewModel works with. */
public record ScreenContext(ConsoleContext console, BackgroundRunner runner, DialogService dialogs, Navigator navigator) {
    /** Runs a service call in the background; a failure is shown in an error dialog titled {@code failureTitle}. */
    public <T> void call(String failureTitle, Callable<T> work, Consumer<? super T> onSuccess) {
        runner.run(work, onSuccess, e -> dialogs.showError(failureTitle, UserMessages.of(e)));
    }

    /**
     * Shows {@code form} and, once submitted, runs {@code work} (which reads the form's values) in the background. When
     * the service refuses, the same form opens again with everything typed still in it and the refusal at its top, so
     * a name that is taken costs one correction rather than the whole form. Cancelling the form ends it.
     */
    public <T> void submit(FormViewModel form, Supplier<String> failureTitle, Callable<T> work, Consumer<? super T> onSuccess) {
        if (!dialogs.showForm(form)) {
            return;
        }
        runner.run(work, onSuccess, e -> {
            form.showRefusal(failureTitle.get() + ": " + UserMessages.of(e));
            submit(form, failureTitle, work, onSuccess);
        });
    }
}
