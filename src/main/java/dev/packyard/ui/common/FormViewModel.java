package dev.packyard.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The fields of an input dialog, with live validation; submit is possible only while every field is valid. */
public class FormViewModel {
    private final String title;
    private final String description;
    private final String submitLabel;
    private final List<FormField> fields;
    private final BooleanBinding valid;
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");

    public FormViewModel(String title, String description, String submitLabel, List<FormField> fields) {
        this.title = title;
        this.description = description;
        this.submitLabel = submitLabel;
        this.fields = List.copyOf(fields);
        this.valid = Bindings.createBooleanBinding(() -> this.fields.stream().allMatch(f -> f.validBinding().get()),
                this.fields.stream().map(FormField::validBinding).toArray(BooleanBinding[]::new));
        // The service's refusal was about what was typed then: it goes once the user changes anything.
        this.fields.forEach(f -> f.valueProperty().addListener((obs, old, now) -> refusal.set("")));
    }

    /** Why the service refused the last submission of this form, shown in it when it opens again; empty before. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public void showRefusal(String why) {
        refusal.set(why == null ? "" : why);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String submitLabel() {
        return submitLabel;
    }

    public List<FormField> fields() {
        return fields;
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public String value(String key) {
        return field(key).map(FormField::value).orElseThrow(() -> new IllegalArgumentException("no field " + key));
    }

    public BooleanBinding validBinding() {
        return valid;
    }

    public boolean isValid() {
        return valid.get();
    }
}
