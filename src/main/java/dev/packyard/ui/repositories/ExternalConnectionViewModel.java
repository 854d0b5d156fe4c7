package dev.packyard.ui.repositories;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.Repository;
import dev.packyard.ui.common.FormField;
import dev.packyard.ui.common.FormViewModel;
import dev.packyard.ui.common.ScreenContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A repository's external connection to a public registry: show, associate, disassociate. */
public final class ExternalConnectionViewModel {
    private final ScreenContext context;
    private final Consumer<Repository> updated;
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private Repository repository;

    ExternalConnectionViewModel(ScreenContext context, Consumer<Repository> updated) {
        this.context = context;
        this.updated = updated;
    }

    void show(Repository shown) {
        this.repository = shown;
        connected.set(shown.externalConnection().isPresent());
        description.set(shown.externalConnection().map(ExternalConnectionViewModel::label)
                .orElse("None. Packages come only from publishing" + (shown.upstreams().isEmpty() ? "." : " and upstreams.")));
    }

    /** How a connection reads in the console: its name, format and registry. */
    public static String label(ExternalConnection c) {
        return c.connectionName() + " — " + c.format().wireName() + " (" + c.registryTitle() + ")";
    }

    public void associate() {
        List<String> names = Arrays.stream(ExternalConnection.values()).map(ExternalConnection::connectionName).toList();
        FormField choice = FormField.choice("connection", "External connection", names,
                n -> ExternalConnection.byName(n).map(ExternalConnectionViewModel::label).orElse(n));
        FormViewModel form = new FormViewModel("Associate external connection", "Versions that " + repository.name()
                + " does not have are fetched from the public registry and kept. A repository has one external "
                + "connection and then no upstreams.", "Associate", List.of(choice));
        if (!context.dialogs().showForm(form)) {
            return;
        }
        Repository current = repository;
        context.call("Could not associate " + choice.value(), () -> context.console().repositories()
                .associateExternalConnection(current.domain().owner(), current.domain().name(), current.name(),
                        choice.value()), updated);
    }

    public void disassociate() {
        Repository current = repository;
        if (current == null || current.externalConnection().isEmpty()) {
            return;
        }
        String name = current.externalConnection().get().connectionName();
        if (!context.dialogs().confirmDestructive("Disassociate " + name + "?", current.name() + " will stop fetching from "
                + name + ". Package versions it already keeps stay available.", "Disassociate", Optional.empty())) {
            return;
        }
        context.call("Could not disassociate " + name, () -> context.console().repositories()
                .disassociateExternalConnection(current.domain().owner(), current.domain().name(), current.name(), name),
                updated);
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }
}
