package dev.packyard.ui.main;

import dev.packyard.ui.domains.DomainsView;
import dev.packyard.ui.domains.DomainsViewModel;
import dev.packyard.ui.packages.PackageView;
import dev.packyard.ui.packages.PackageViewModel;
import dev.packyard.ui.repositories.RepositoryView;
import dev.packyard.ui.repositories.RepositoryViewModel;
import dev.packyard.ui.search.DomainSearchView;
import dev.packyard.ui.search.DomainSearchViewModel;
import dev.packyard.ui.settings.SettingsView;
import dev.packyard.ui.settings.SettingsViewModel;
import dev.packyard.ui.staleness.MetadataStalenessView;
import dev.packyard.ui.staleness.MetadataStalenessViewModel;
import dev.packyard.ui.welcome.WelcomeView;
import dev.packyard.ui.welcome.WelcomeViewModel;
import dev.packyard.ui.connections.ConnectionsView;
import dev.packyard.ui.connections.ConnectionsViewModel;
import dev.packyard.ui.demo.DemoView;
import dev.packyard.ui.demo.DemoViewModel;
import dev.packyard.ui.tasks.TasksScreen;
import dev.packyard.ui.tasks.TasksView;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/** The View for each screen ViewModel. */
final class ScreenViews {
    private ScreenViews() {
    }

    static Node of(Object model) {
        if (model instanceof DomainsViewModel m) {
            return new DomainsView(m);
        }
        if (model instanceof RepositoryViewModel m) {
            return new RepositoryView(m);
        }
        if (model instanceof PackageViewModel m) {
            return new PackageView(m);
        }
        if (model instanceof MetadataStalenessViewModel m) {
            return new MetadataStalenessView(m);
        }
        if (model instanceof DomainSearchViewModel m) {
            return new DomainSearchView(m);
        }
        if (model instanceof SettingsViewModel m) {
            return new SettingsView(m);
        }
        if (model instanceof ConnectionsViewModel m) {
            return new ConnectionsView(m);
        }
        if (model instanceof TasksScreen m) {
            return new TasksView(m);
        }
        if (model instanceof DemoViewModel m) {
            return new DemoView(m);
        }
        if (model instanceof WelcomeViewModel m) {
            return new WelcomeView(m);
        }
        return new Pane();
    }
}
