package dev.packyard.ui.search;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageSearch;
import dev.packyard.model.PackageSearchHit;
import dev.packyard.ui.common.BackgroundRunner;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.common.Screen;
import dev.packyard.ui.common.ScreenContext;
import dev.packyard.ui.common.UserMessages;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The packages of every repository of one domain that match what the user types: the search starts once the typing
 * pauses, and an answer to an older text than the one shown is dropped, whatever order the answers come back in.
 * Runs on the UI thread; the store is asked through the background runner.
 */
public final class DomainSearchViewModel implements Screen {
    /** How long the typing must pause before the search runs. */
    public static final Duration TYPING_QUIET = Duration.ofMillis(150);
    /** Hits shown at once; more means the user should type more. */
    public static final int LIMIT = 50;
    static final String HINT = "Type the start of a package name, a scope (@demo/), a Maven group (dev.packyard.demo:) "
            + "or a format (npm, pypi, maven); names are matched as stored (npm and PyPI in lower case)";

    private final ScreenContext context;
    private final DomainId domain;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<PackageSearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(HINT);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    /** Counts the searches started: an answer carrying an older number is stale. */
    private int generation;
    private BackgroundRunner.Delayed pending;

    public DomainSearchViewModel(ScreenContext context, DomainId domain, String initialText) {
        this.context = context;
        this.domain = domain;
        text.set(initialText == null ? "" : initialText);
        text.addListener((o, was, now) -> typed());
    }

    public DomainId domain() {
        return domain;
    }

    public String title() {
        return "Search the packages of " + domain.name();
    }

    private void typed() {
        if (pending != null) {
            pending.cancel();
        }
        pending = context.runner().later(TYPING_QUIET, () -> {
            pending = null;
            search();
        });
    }

    /** Runs the search for the text shown now (F5 runs it again: a fetch may have added a package). */
    private void search() {
        int asked = ++generation;
        String typed = text.get();
        PackageSearch search = PackageSearch.parse(typed);
        if (search.isEmpty()) {
            hits.clear();
            searching.set(false);
            summary.set(HINT);
            return;
        }
        searching.set(true);
        summary.set("Searching " + domain.name() + "…");
        context.runner().run(() -> context.console().packages().searchDomain(domain, search, LIMIT + 1), found -> {
            if (asked != generation) {
                return;
            }
            searching.set(false);
            show(typed, found);
        }, failure -> {
            if (asked != generation) {
                return;
            }
            searching.set(false);
            hits.clear();
            summary.set("The search failed: " + UserMessages.of(failure));
        });
    }

    private void show(String typed, List<PackageSearchHit> found) {
        boolean more = found.size() > LIMIT;
        hits.setAll(more ? found.subList(0, LIMIT) : found);
        String what = "'" + typed.strip() + "'";
        if (found.isEmpty()) {
            summary.set("No package of any repository in " + domain.name() + " matches " + what);
        } else if (more) {
            summary.set("The first " + LIMIT + " packages matching " + what + "; type more to narrow the search");
        } else {
            summary.set(found.size() == 1 ? "1 package matches " + what : found.size() + " packages match " + what);
        }
    }

    /** Opens the package screen of a hit, in the repository it was found in. */
    public void open(PackageSearchHit hit) {
        if (hit != null) {
            context.navigator().show(new NavTarget.Package(hit.repository(), hit.coordinate()));
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<PackageSearchHit> hits() {
        return hits;
    }

    /** What the hits are, or how to search when nothing is typed. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    @Override
    public void refresh() {
        search();
    }

    @Override
    public void deleteSelection() {
        // Search hits are opened, not deleted here: deleting is done on the package's own screen.
    }
}
