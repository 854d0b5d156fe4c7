package dev.packyard.ui.common;

import dev.packyard.service.error.ValidationException;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One input of a form: its value, and the message of the service's own validation rule for it (empty when the
 * value is acceptable, or while the field is still empty so a fresh form is not shouting at the user).
 */
public final class FormField {
    private final String key;
    private final String label;
    private final String prompt;
    private final boolean required;
    private final List<String> choices;
    private final Function<String, String> choiceLabel;
    private final StringProperty value = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;

    private FormField(String key, String label, String prompt, boolean required, List<String> choices,
                      Function<String, String> choiceLabel, UnaryOperator<String> rule) {
        this.key = key;
        this.label = label;
        this.prompt = prompt;
        this.required = required;
        this.choices = List.copyOf(choices);
        this.choiceLabel = choiceLabel;
        value.addListener((obs, old, now) -> error.set(check(rule, now)));
        this.valid = Bindings.createBooleanBinding(() -> error.get().isEmpty() && (!required || !value.get().isEmpty()),
                value, error);
    }

    /** A text field checked by a service validation rule, which throws {@link ValidationException} when it fails. */
    public static FormField text(String key, String label, String prompt, boolean required, UnaryOperator<String> rule) {
        return new FormField(key, label, prompt, required, List.of(), Function.identity(), rule);
    }

    /** A required choice among fixed values, each shown with {@code choiceLabel}. */
    public static FormField choice(String key, String label, List<String> choices, Function<String, String> choiceLabel) {
        return new FormField(key, label, "", true, choices, choiceLabel, UnaryOperator.identity());
    }

    private static String check(UnaryOperator<String> rule, String v) {
        if (v == null || v.isEmpty()) {
            return "";
        }
        try {
            rule.apply(v);
            return "";
        } catch (ValidationException e) {
            return e.getMessage();
        }
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String prompt() {
        return prompt;
    }

    public boolean required() {
        return required;
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }

    public List<String> choices() {
        return choices;
    }

    public String choiceLabel(String choice) {
        return choiceLabel.apply(choice);
    }

    public StringProperty valueProperty() {
        return value;
    }

    public String value() {
        return value.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding validBinding() {
        return valid;
    }
}
