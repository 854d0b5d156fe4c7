package dev.packyard.ui.main;

import dev.packyard.model.DomainId;
import dev.packyard.ui.ConsoleContext;
import dev.packyard.ui.common.BackgroundRunner;
import dev.packyard.ui.common.DialogService;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.common.Navigator;
import dev.packyard.ui.common.Screen;
import dev.packyard.ui.common.ScreenContext;
import dev.packyard.ui.domains.DomainFlows;
import dev.packyard.ui.domains.DomainsViewModel;
import dev.packyard.ui.domains.TopologyFlows;
import dev.packyard.ui.packages.PackageViewModel;
import dev.packyard.ui.repositories.RepositoryFlows;
import dev.packyard.ui.repositories.RepositoryViewModel;
import dev.packyard.ui.search.DomainSearchViewModel;
import dev.packyard.ui.settings.Appearance;
import dev.packyard.ui.settings.SettingsViewModel;
import dev.packyard.ui.staleness.MetadataStalenessViewModel;
import dev.packyard.ui.tasks.TasksViewModel;
import dev.packyard.ui.tasks.TasksScreen;
import dev.packyard.ui.connections.ConnectionsViewModel;
import dev.packyard.ui.demo.DemoViewModel;
import dev.packyard.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The main window: which screen is shown (its ViewModel), the navigation tree, the task panel, the status bar,
 * and the window-wide commands behind the keyboard shortcuts.
 */
public final class MainViewModel implements Navigator, AutoCloseable {
    private final ScreenContext context;
    private final Appearance appearance;
    private final NavigationViewModel navigation;
    private final TasksViewModel tasks;
    private final StatusBarViewModel statusBar;
    private final ReadOnlyObjectWrapper<NavTarget> target = new ReadOnlyObjectWrapper<>(NavTarget.Domains.all());
    private final ReadOnlyObjectWrapper<Object> screen = new ReadOnlyObjectWrapper<>();

    public MainViewModel(ConsoleContext console, BackgroundRunner runner, DialogService dialogs, Appearance appearance) {
        this.context = new ScreenContext(console, runner, dialogs, this);
        this.appearance = appearance;
        this.navigation = new NavigationViewModel(context);
        this.tasks = new TasksViewModel(console.tasks(), runner, console.clock());
        this.statusBar = new StatusBarViewModel(console, runner);
        navigation.onLoaded(this::welcomeOrDomains);
        tasks.finished().addListener((javafx.collections.ListChangeListener<dev.packyard.ui.tasks.TaskEntry>) c -> {
            long persisted = tasks.finished().stream().filter(t -> t.persistence()
                    && t.state() == dev.packyard.ui.tasks.TaskEntry.TaskPhase.SUCCEEDED).count();
            if (persisted != persistedSeen) {
                persistedSeen = persisted;
                // A persisted version makes a package appear: the tree's package counts follow.
                navigation.reload();
            }
        });
    }

    private long persistedSeen;

    /** Loads the tree; the first screen is the welcome screen when there are no domains yet, else the domains. */
    public void start() {
        navigation.reload();
    }

    /**
     * Offers to import a topology file the console was opened with (the file association): a confirmation of what
     * would be created, or an error dialog that says what is wrong with the file; the console stays usable either way.
     */
    public void offerImport(Path topologyFile) {
        new TopologyFlows(context).importFile(topologyFile, false);
    }

    @Override
    public void show(NavTarget next) {
        target.set(next);
        open(next);
    }

    @Override
    public void catalogChanged() {
        navigation.reload();
    }

    private void welcomeOrDomains() {
        boolean empty = navigation.domains().isEmpty();
        if (empty && target.get() instanceof NavTarget.Domains) {
            screen.set(new WelcomeViewModel(context));
        } else if (screen.get() == null || (!empty && screen.get() instanceof WelcomeViewModel)) {
            open(target.get());
        }
    }

    private void open(NavTarget next) {
        Object model = modelFor(next);
        if (model instanceof DomainsViewModel && navigation.loadedProperty().get() && navigation.domains().isEmpty()) {
            model = new WelcomeViewModel(context);
        }
        if (model instanceof Screen s) {
            s.refresh();
        }
        screen.set(model);
    }

    private Object modelFor(NavTarget next) {
        if (next instanceof NavTarget.Repository r) {
            return new RepositoryViewModel(context, r.repository());
        }
        if (next instanceof NavTarget.Package p) {
            return new PackageViewModel(context, p.repository(), p.coordinate());
        }
        if (next instanceof NavTarget.MetadataCache m) {
            return new MetadataStalenessViewModel(context, m.domain());
        }
        if (next instanceof NavTarget.Search s) {
            return new DomainSearchViewModel(context, s.domain(), s.text());
        }
        if (next instanceof NavTarget.Connections) {
            return new ConnectionsViewModel(context);
        }
        if (next instanceof NavTarget.Tasks) {
            return new TasksScreen(tasks);
        }
        if (next instanceof NavTarget.Demo) {
            return new DemoViewModel(context);
        }
        if (next instanceof NavTarget.Settings) {
            return new SettingsViewModel(context.console(), appearance);
        }
        return new DomainsViewModel(context, ((NavTarget.Domains) next).selected());
    }

    /** Whether the navigation offers the demo panel: the demo runs, or can be started. */
    public boolean demoAvailable() {
        return context.console().startDemo().isPresent() || context.console().demo().get().isPresent();
    }

    /** F5: reloads the tree and the screen shown. */
    public void refresh() {
        navigation.reload();
        if (screen.get() instanceof Screen s) {
            s.refresh();
        }
    }

    /** Ctrl+N: a new repository where a domain is in view, otherwise a new domain. */
    public void newItem() {
        Object current = screen.get();
        if (current instanceof DomainsViewModel domains) {
            domains.newItem();
        } else if (current instanceof RepositoryViewModel repository) {
            newRepositoryIn(repository.id().domain());
        } else if (current instanceof MetadataStalenessViewModel cache) {
            newRepositoryIn(cache.domain());
        } else if (current instanceof PackageViewModel pkg) {
            newRepositoryIn(pkg.repositoryId().domain());
        } else {
            new DomainFlows(context).create(d -> show(NavTarget.Domains.of(d.domain().id())));
        }
    }

    private void newRepositoryIn(DomainId domain) {
        new RepositoryFlows(context).create(domain, r -> show(new NavTarget.Repository(r.id())));
    }

    /**
     * Ctrl+F where the screen has no filter of its own, or pressed again in it: the search across the repositories of
     * the domain in view (the first domain when none is), with what the filter held.
     */
    public void searchDomain(String text) {
        domainInView().ifPresent(domain -> show(new NavTarget.Search(domain, text)));
    }

    private java.util.Optional<DomainId> domainInView() {
        NavTarget now = target.get();
        if (now instanceof NavTarget.Repository r) {
            return java.util.Optional.of(r.repository().domain());
        }
        if (now instanceof NavTarget.Package p) {
            return java.util.Optional.of(p.repository().domain());
        }
        if (now instanceof NavTarget.MetadataCache m) {
            return java.util.Optional.of(m.domain());
        }
        if (now instanceof NavTarget.Search s) {
            return java.util.Optional.of(s.domain());
        }
        if (now instanceof NavTarget.Domains d && d.selected().isPresent()) {
            return d.selected();
        }
        return navigation.domains().stream().findFirst().map(n -> n.details().domain().id());
    }

    /** Delete: deletes what is selected on the screen shown, after asking. */
    public void deleteSelection() {
        if (screen.get() instanceof Screen s) {
            s.deleteSelection();
        }
    }

    /** Ctrl+Shift+D. */
    public void toggleDarkMode() {
        appearance.toggleDarkMode();
    }

    public ReadOnlyObjectProperty<NavTarget> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** The ViewModel of the screen shown: one of the screens' ViewModels. */
    public ReadOnlyObjectProperty<Object> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /** True while a service call is running in the background. */
    public ReadOnlyBooleanProperty busyProperty() {
        return context.runner().busyProperty();
    }

    public NavigationViewModel navigation() {
        return navigation;
    }

    public TasksViewModel tasks() {
        return tasks;
    }

    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    public Appearance appearance() {
        return appearance;
    }

    @Override
    public void close() {
        tasks.close();
        statusBar.close();
    }
}
