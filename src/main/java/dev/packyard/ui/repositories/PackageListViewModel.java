package dev.packyard.ui.repositories;

import dev.packyard.model.PackageSummary;
import dev.packyard.model.RepositoryId;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.common.Pages;
import dev.packyard.ui.common.ScreenContext;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The packages kept in a repository, every page of them, filtered by a text the user types. */
public final class PackageListViewModel {
    private final ScreenContext context;
    private final ObservableList<PackageSummary> all = FXCollections.observableArrayList();
    private final FilteredList<PackageSummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringBinding summary;

    PackageListViewModel(ScreenContext context) {
        this.context = context;
        filter.addListener((obs, old, now) -> shown.setPredicate(p -> matches(p, now)));
        this.summary = Bindings.createStringBinding(() -> shown.size() == all.size()
                ? all.size() + (all.size() == 1 ? " package" : " packages")
                : shown.size() + " of " + all.size() + " packages match", all, shown);
    }

    private static boolean matches(PackageSummary p, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return p.coordinate().displayName().toLowerCase(Locale.ROOT).contains(needle)
                || p.coordinate().format().wireName().equals(needle);
    }

    void load(RepositoryId repository) {
        String owner = repository.domain().owner();
        String domain = repository.domain().name();
        context.call("Could not list the packages of " + repository.name(), () -> Pages.all(token -> context.console()
                .packages().list(owner, domain, repository.name(), null, null, null, null, null, 1000, token)), this::show);
    }

    private void show(List<PackageSummary> packages) {
        all.setAll(packages);
    }

    public void open(PackageSummary summary) {
        if (summary != null) {
            context.navigator().show(new NavTarget.Package(summary.repository(), summary.coordinate()));
        }
    }

    public ObservableList<PackageSummary> packages() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringBinding summaryBinding() {
        return summary;
    }
}
