package dev.packyard.ui.repositories;

import dev.packyard.model.Repository;
import dev.packyard.ui.common.FormField;
import dev.packyard.ui.common.FormViewModel;
import dev.packyard.ui.common.ScreenContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A repository's ordered upstream list, its editing commands, and the resulting resolution order. */
public final class UpstreamsViewModel {
    private final ScreenContext context;
    private final Consumer<Repository> updated;
    private final ObservableList<String> upstreams = FXCollections.observableArrayList();
    private final ObservableList<String> candidates = FXCollections.observableArrayList();
    private final ObservableList<ResolutionOrder.Step> order = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canAdd;
    private Repository repository;

    UpstreamsViewModel(ScreenContext context, Consumer<Repository> updated) {
        this.context = context;
        this.updated = updated;
        this.canAdd = Bindings.createBooleanBinding(() -> !connected.get() && !candidates.isEmpty(), connected, candidates);
    }

    /** Shows a repository together with the other repositories of its domain. */
    void show(Repository shown, List<Repository> domainRepositories) {
        this.repository = shown;
        Map<String, Repository> byName = domainRepositories.stream()
                .collect(Collectors.toMap(Repository::name, Function.identity(), (a, b) -> a));
        byName.put(shown.name(), shown);
        upstreams.setAll(shown.upstreams());
        connected.set(shown.externalConnection().isPresent());
        candidates.setAll(byName.keySet().stream().filter(n -> !n.equals(shown.name()) && !shown.upstreams().contains(n))
                .sorted().toList());
        order.setAll(ResolutionOrder.of(shown, byName));
    }

    public void moveUp(int index) {
        move(index, index - 1);
    }

    public void moveDown(int index) {
        move(index, index + 1);
    }

    /** Moves the upstream at {@code from} to position {@code to}, as a drag-and-drop does. */
    public void move(int from, int to) {
        if (from < 0 || from >= upstreams.size() || to < 0 || to >= upstreams.size() || from == to) {
            return;
        }
        List<String> reordered = new ArrayList<>(upstreams);
        reordered.add(to, reordered.remove(from));
        save(reordered, "Could not change the upstream order");
    }

    public void add() {
        FormField choice = FormField.choice("upstream", "Upstream repository", List.copyOf(candidates), n -> n);
        FormViewModel form = new FormViewModel("Add upstream repository", "Requests that " + repository.name()
                + " cannot answer itself go to its upstreams, in list order. The new upstream is added last.", "Add",
                List.of(choice));
        if (context.dialogs().showForm(form)) {
            List<String> extended = new ArrayList<>(upstreams);
            extended.add(choice.value());
            save(extended, "Could not add upstream " + choice.value());
        }
    }

    public void remove(String upstream) {
        if (upstream == null || !context.dialogs().confirmDestructive("Remove upstream " + upstream + "?", repository.name()
                + " will no longer search " + upstream + ". Packages already kept in " + repository.name() + " stay.",
                "Remove upstream", Optional.empty())) {
            return;
        }
        List<String> reduced = new ArrayList<>(upstreams);
        reduced.remove(upstream);
        save(reduced, "Could not remove upstream " + upstream);
    }

    private void save(List<String> newUpstreams, String failureTitle) {
        Repository current = repository;
        context.call(failureTitle, () -> context.console().repositories().setUpstreams(current.domain().owner(),
                current.domain().name(), current.name(), newUpstreams), updated);
    }

    public ObservableList<String> upstreams() {
        return upstreams;
    }

    public ObservableList<ResolutionOrder.Step> order() {
        return order;
    }

    public ObservableList<String> candidates() {
        return candidates;
    }

    public BooleanBinding canAddBinding() {
        return canAdd;
    }

    /** A repository with an external connection has no upstreams. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }
}
