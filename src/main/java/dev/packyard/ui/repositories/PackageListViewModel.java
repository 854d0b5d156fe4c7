package dev.packyard.ui.repositories;

import dev.packyard.model.Page;
import dev.packyard.service.packages.PackageQuery;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.ui.common.BackgroundRunner;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.common.ScreenContext;
import dev.packyard.ui.common.UserMessages;
import dev.packyard.ui.tasks.TaskEntry;
import dev.packyard.ui.tasks.TaskFeed;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;

/**
 * The packages kept in a repository, a page at a time: the first page shows at once, the next is read when the table
 * shows rows near the end of those loaded. The count comes from a count query. The filter is a name prefix (or a
 * format's name) asked of the service once the typing pauses; an answer to an older filter is dropped.
 * Everything here runs on the UI thread; service calls go through the background runner.
 */
public final class PackageListViewModel {
    static final int PAGE_SIZE = 200;
    /** When a row this close to the end of the loaded ones is shown, the next page is asked for. */
    static final int PREFETCH_ROWS = 50;
    static final Duration FILTER_QUIET = Duration.ofMillis(250);

    private final ScreenContext context;
    private final ObservableList<PackageSummary> rows = FXCollections.observableArrayList();
    private final SortedList<PackageSummary> inDisplayOrder = new SortedList<>(rows, DISPLAY_ORDER);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private RepositoryId repository;
    private Query query = Query.ALL;
    /** Counts each listing (first page and filter): an answer that carries an older number is stale. */
    private int generation;
    /** Where the next page starts; empty once every row of the query is loaded. */
    private Optional<String> nextToken = Optional.empty();
    private boolean pageInFlight;
    private boolean countInFlight;
    private int total = -1;
    private int matching = -1;
    private BackgroundRunner.Delayed pendingFilter;

    PackageListViewModel(ScreenContext context) {
        this.context = context;
        filter.addListener((obs, old, now) -> filterTyped());
    }

    /**
     * The order the table shows packages in until a column header is clicked: by the name as written, letters of either
     * case together, so npm's scoped packages ("@demo/config") come first as in npm's own listings, not after every
     * unscoped one as in the listing order (format, namespace, name) that pages are read in.
     */
    public static final Comparator<PackageSummary> DISPLAY_ORDER = Comparator
            .comparing((PackageSummary p) -> p.coordinate().displayName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(p -> p.coordinate().format().wireName());

    /**
     * What the rows are a listing of, from what the user typed: an optional format word, then the start of a name,
     * {@code @scope/} or {@code @scope/na} for npm scopes, {@code group:art} for Maven. npm and PyPI names are
     * lowercase by their registries' rules, so the typed case does not matter; a Maven name keeps it.
     */
    record Query(PackageFormat format, String namespace, String prefix) {
        static final Query ALL = new Query(null, null, null);

        static Query of(String text) {
            PackageFormat format = null;
            String term = null;
            for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
                Optional<PackageFormat> named = word.isEmpty() ? Optional.empty()
                        : PackageFormat.fromWireName(word.toLowerCase(Locale.ROOT));
                if (named.isPresent() && format == null && term == null) {
                    format = named.get();
                } else if (!word.isEmpty() && term == null) {
                    term = word;
                }
            }
            if (term == null) {
                return format == null ? ALL : new Query(format, null, null);
            }
            if (term.startsWith("@")) {
                int slash = term.indexOf('/');
                String scope = slash < 0 ? term.substring(1) : term.substring(1, slash);
                String name = slash < 0 ? null : term.substring(slash + 1);
                return new Query(PackageFormat.NPM, fold(PackageFormat.NPM, scope), fold(PackageFormat.NPM, name));
            }
            int colon = term.indexOf(':');
            if (colon > 0) {
                return new Query(PackageFormat.MAVEN, term.substring(0, colon), blankToNull(term.substring(colon + 1)));
            }
            return new Query(format, null, fold(format, term));
        }

        private static String fold(PackageFormat format, String s) {
            if (s == null || s.isEmpty()) {
                return null;
            }
            return format == PackageFormat.MAVEN ? s : s.toLowerCase(Locale.ROOT);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }

        boolean all() {
            return format == null && namespace == null && prefix == null;
        }

        String formatName() {
            return format == null ? null : format.wireName();
        }
    }

    /** Shows the first page of the repository's packages (with the current filter) and counts them. */
    void load(RepositoryId repositoryId) {
        this.repository = repositoryId;
        listFirstPage();
        refreshCount();
    }

    private void filterTyped() {
        if (pendingFilter != null) {
            pendingFilter.cancel();
        }
        pendingFilter = context.runner().later(FILTER_QUIET, () -> {
            pendingFilter = null;
            if (repository != null && !Query.of(filter.get()).equals(query)) {
                listFirstPage();
                countMatching();
            }
        });
    }

    private void listFirstPage() {
        int asked = ++generation;
        Query q = Query.of(filter.get());
        query = q;
        matching = q.all() ? total : -1;
        pageInFlight = true;
        loading.set(true);
        showSummary();
        context.runner().run(() -> page(q, null), page -> {
            if (asked == generation) {
                rows.setAll(page.items());
                arrived(page);
            }
        }, failure -> failed(asked, failure));
    }

    /** Asks for the next page, unless every row is loaded or a page is already on its way. */
    public void loadMore() {
        if (repository == null || pageInFlight || nextToken.isEmpty()) {
            return;
        }
        int asked = generation;
        Query q = query;
        String token = nextToken.get();
        pageInFlight = true;
        loading.set(true);
        context.runner().run(() -> page(q, token), page -> {
            if (asked == generation) {
                rows.addAll(page.items());
                arrived(page);
            }
        }, failure -> failed(asked, failure));
    }

    /** The table shows the row at {@code index}: near the end of the loaded rows, the next page is read. */
    public void rowShown(int index) {
        if (index >= rows.size() - PREFETCH_ROWS) {
            loadMore();
        }
    }

    private void arrived(Page<PackageSummary> page) {
        nextToken = page.nextToken();
        pageInFlight = false;
        loading.set(false);
    }

    private void failed(int asked, Throwable failure) {
        if (asked == generation) {
            pageInFlight = false;
            loading.set(false);
            // A repository that is gone is reported once, by the screen that describes it.
            if (!(failure instanceof ResourceNotFoundException)) {
                context.dialogs().showError("Could not list the packages of " + repository.name(), UserMessages.of(failure));
            }
        }
    }

    private Page<PackageSummary> page(Query q, String token) {
        return context.console().packages().list(packagesOf(q), PAGE_SIZE, token);
    }

    private int countOf(Query q) {
        return context.console().packages().count(packagesOf(q));
    }

    private PackageQuery packagesOf(Query q) {
        return PackageQuery.in(repository.domain().owner(), repository.domain().name(), repository.name())
                .format(q.formatName()).namespace(q.namespace()).packagePrefix(q.prefix());
    }

    /**
     * Counts the repository's packages again (and those matching the filter). Called when versions become visible
     * and, while the screen shows, every few seconds; a count already on its way is not asked twice. When the count
     * changed and every row was loaded, the rows are read again so the new packages show.
     */
    public void refreshCount() {
        if (repository == null || countInFlight) {
            return;
        }
        countInFlight = true;
        Query q = query;
        context.runner().run(() -> new Counts(countOf(Query.ALL), q.all() ? -1 : countOf(q)), counts -> {
            countInFlight = false;
            boolean changed = total >= 0 && counts.total() != total;
            total = counts.total();
            if (q.equals(query)) {
                matching = q.all() ? total : counts.matching();
            }
            showSummary();
            if (changed && !pageInFlight && nextToken.isEmpty()) {
                listFirstPage();
            }
        }, failure -> countInFlight = false);
    }

    private void countMatching() {
        int asked = generation;
        Query q = query;
        if (q.all()) {
            return;
        }
        context.runner().run(() -> countOf(q), n -> {
            if (asked == generation) {
                matching = n;
                showSummary();
            }
        }, failure -> { });
    }

    private record Counts(int total, int matching) {
    }

    private void showSummary() {
        count.set(total < 0 ? "Counting packages…" : packages(total));
        if (total < 0) {
            summary.set("Counting packages…");
        } else if (query.all()) {
            summary.set(packages(total));
        } else if (matching < 0) {
            summary.set("Searching " + packages(total) + "…");
        } else {
            summary.set(String.format(Locale.ROOT, "%,d of %s match", matching, packages(total)));
        }
    }

    private static String packages(int n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "package" : "packages");
    }

    /**
     * Counts again whenever a persistence finishes (a fetched version becomes visible). The feed tells of every change
     * of every task on any thread; only newly finished persistences lead to a count, and only one at a time is queued.
     */
    Feed.Subscription watch(TaskFeed tasks) {
        Set<String> finished = ConcurrentHashMap.newKeySet();
        tasks.current().stream().filter(PackageListViewModel::persisted).forEach(t -> finished.add(t.id()));
        AtomicBoolean queued = new AtomicBoolean();
        return tasks.subscribe(entries -> {
            boolean fresh = false;
            for (TaskEntry t : entries) {
                fresh |= persisted(t) && finished.add(t.id());
            }
            if (fresh && queued.compareAndSet(false, true)) {
                context.runner().onUiThread(() -> {
                    queued.set(false);
                    refreshCount();
                });
            }
        });
    }

    private static boolean persisted(TaskEntry t) {
        return t.persistence() && t.state() == TaskEntry.TaskPhase.SUCCEEDED;
    }

    public void open(PackageSummary summary) {
        if (summary != null) {
            context.navigator().show(new NavTarget.Package(summary.repository(), summary.coordinate()));
        }
    }

    /** The rows loaded so far, in listing order. */
    public ObservableList<PackageSummary> packages() {
        return rows;
    }

    /** The rows loaded so far, in {@link #DISPLAY_ORDER}: what the table shows until a column header is clicked. */
    public ObservableList<PackageSummary> inDisplayOrder() {
        return inDisplayOrder;
    }

    /** Whether every row of the current listing is loaded. */
    public boolean complete() {
        return !pageInFlight && nextToken.isEmpty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** "100,000 packages", or with a filter "12 of 100,000 packages match". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The repository's package count alone, for the overview. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** True while a page is on its way. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
