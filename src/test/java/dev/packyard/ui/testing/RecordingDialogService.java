package dev.packyard.ui.testing;

import dev.packyard.ui.common.DialogService;
import dev.packyard.ui.common.FormViewModel;
import java.util.ArrayDeque;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A DialogService for ViewModel tests: answers the dialogs the test queued, in order, and records what was shown.
 * A form answer types the given values into the form's fields; the form is submitted only if it is then valid,
 * as the real dialog's disabled submit button would have it.
 */
public final class RecordingDialogService implements DialogService {
    public record Shown(String title, String message) {
    }

    /** A destructive confirmation as shown: what must be typed before its action is enabled, if anything. */
    public record Destructive(String title, String message, String actionLabel, Optional<String> typeToConfirm) {
    }

    private final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    /** What a form looked like as it opened: the refusal at its top and the values already in its fields. */
    public record FormShown(String title, String refusal, Map<String, String> values) {
    }

    /** Answers a form: types {@code values} into it, then submits it (or cancels it without typing). */
    private record FormAnswer(Map<String, String> values, boolean submit) {
    }

    private final Deque<FormAnswer> formAnswers = new ArrayDeque<>();
    private final List<FormShown> formsShown = new ArrayList<>();
    private final List<Shown> confirmations = new ArrayList<>();
    private final List<Destructive> destructive = new ArrayList<>();
    private final List<Shown> errors = new ArrayList<>();
    private final List<FormViewModel> forms = new ArrayList<>();
    private final Deque<Optional<Path>> fileAnswers = new ArrayDeque<>();
    private final List<Shown> infos = new ArrayList<>();
    private final List<String> fileChoosers = new ArrayList<>();

    public RecordingDialogService answerConfirm(boolean yes) {
        confirmAnswers.add(yes);
        return this;
    }

    /** Fills the next form with {@code keyValues} (key1, value1, key2, value2…) and submits it. */
    public RecordingDialogService fillForm(String... keyValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        formAnswers.add(new FormAnswer(values, true));
        return this;
    }

    /** Submits the next form with what is already in it. */
    public RecordingDialogService submitFormAsShown() {
        formAnswers.add(new FormAnswer(Map.of(), true));
        return this;
    }

    /** Cancels the next form. */
    public RecordingDialogService cancelForm() {
        formAnswers.add(new FormAnswer(Map.of(), false));
        return this;
    }

    /** Answers the next file chooser with {@code file}. */
    public RecordingDialogService chooseFile(Path file) {
        fileAnswers.add(Optional.of(file));
        return this;
    }

    /** Cancels the next file chooser. */
    public RecordingDialogService cancelFileChooser() {
        fileAnswers.add(Optional.empty());
        return this;
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(new Shown(title, message));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
        return answerFile("open: " + title + " " + filter.patterns());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileFilter filter) {
        return answerFile("save: " + title + " as " + suggestedName + " " + filter.patterns());
    }

    private Optional<Path> answerFile(String chooser) {
        fileChoosers.add(chooser);
        if (fileAnswers.isEmpty()) {
            throw new AssertionError("unexpected file chooser: " + chooser);
        }
        return fileAnswers.poll();
    }

    /** The file choosers shown: "open: TITLE [patterns]" or "save: TITLE as NAME [patterns]". */
    public List<String> fileChoosers() {
        return fileChoosers;
    }

    public List<Shown> infos() {
        return infos;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(new Shown(title, message));
        if (confirmAnswers.isEmpty()) {
            throw new AssertionError("unexpected confirmation: " + title);
        }
        return confirmAnswers.poll();
    }

    /** Answers from the same queue as {@link #confirm}; records the dialog as destructive too. */
    @Override
    public boolean confirmDestructive(String title, String message, String actionLabel, Optional<String> typeToConfirm) {
        destructive.add(new Destructive(title, message, actionLabel, typeToConfirm));
        return confirm(title, message, actionLabel);
    }

    public List<Destructive> destructive() {
        return destructive;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(new Shown(title, message));
    }

    @Override
    public boolean showForm(FormViewModel form) {
        forms.add(form);
        if (formAnswers.isEmpty()) {
            throw new AssertionError("unexpected form: " + form.title());
        }
        Map<String, String> shownValues = new LinkedHashMap<>();
        form.fields().forEach(f -> shownValues.put(f.key(), f.value()));
        formsShown.add(new FormShown(form.title(), form.refusalProperty().get(), shownValues));
        FormAnswer answer = formAnswers.poll();
        if (!answer.submit()) {
            return false;
        }
        answer.values().forEach((key, value) -> form.field(key).orElseThrow(() -> new AssertionError("form " + form.title()
                + " has no field " + key)).valueProperty().set(value));
        return form.isValid();
    }

    public List<Shown> errors() {
        return errors;
    }

    public List<Shown> confirmations() {
        return confirmations;
    }

    public List<FormViewModel> forms() {
        return forms;
    }

    /** Every form as it opened, in order (a form refused by the service opens again). */
    public List<FormShown> formsShown() {
        return formsShown;
    }

    public FormViewModel lastForm() {
        return forms.get(forms.size() - 1);
    }
}
