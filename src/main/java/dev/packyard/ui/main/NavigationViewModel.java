package dev.packyard.ui.main;

import dev.packyard.model.Repository;
import dev.packyard.service.packages.PackageQuery;
import dev.packyard.service.domains.DomainDetails;
import dev.packyard.ui.ConsoleContext;
import dev.packyard.service.paging.Pages;
import dev.packyard.ui.common.ScreenContext;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The navigation tree: every domain with its repositories and their package counts. */
public final class NavigationViewModel {
    /** A domain in the tree. */
    public record DomainNode(DomainDetails details, List<RepositoryNode> repositories) {
    }

    /** A repository in the tree, with how many packages it keeps. */
    public record RepositoryNode(Repository repository, int packageCount) {
    }

    private final ScreenContext context;
    private final ObservableList<DomainNode> domains = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private Runnable afterLoad = () -> { };

    NavigationViewModel(ScreenContext context) {
        this.context = context;
    }

    void onLoaded(Runnable action) {
        this.afterLoad = action;
    }

    public void reload() {
        ConsoleContext console = context.console();
        context.call("Could not load the domains", () -> Pages.all(token -> console.domains().list(100, token)).stream()
                .map(d -> console.domains().describe(d.owner(), d.name()))
                .map(d -> new DomainNode(d, repositories(console, d)))
                .toList(), nodes -> {
                    domains.setAll(nodes);
                    loaded.set(true);
                    afterLoad.run();
                });
    }

    private static List<RepositoryNode> repositories(ConsoleContext console, DomainDetails domain) {
        String owner = domain.domain().owner();
        String name = domain.domain().name();
        return Pages.all(token -> console.repositories().listInDomain(owner, name, 100, token)).stream()
                .map(r -> new RepositoryNode(r, console.packages().count(PackageQuery.in(owner, name, r.name()))))
                .toList();
    }

    public ObservableList<DomainNode> domains() {
        return domains;
    }

    /** False until the first load finished, so the window does not flash the welcome screen. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
