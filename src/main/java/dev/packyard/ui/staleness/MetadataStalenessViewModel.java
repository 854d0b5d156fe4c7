package dev.packyard.ui.staleness;

import dev.packyard.model.DomainId;
import dev.packyard.model.RepositoryId;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.common.Screen;
import dev.packyard.ui.common.ScreenContext;
import dev.packyard.ui.common.UserMessages;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The metadata staleness of one domain: every package listing its metadata cache holds from a public registry, how
 * old each is, whether it expired or is served stale during an outage, and "Refresh now" per listing.
 */
public final class MetadataStalenessViewModel implements Screen, AutoCloseable {
    private final ScreenContext context;
    private final DomainId domain;
    /** Rows report their state changes, so the filter and the sort follow the clock. */
    private final ObservableList<ListingRow> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.stateProperty(), r.listingProperty()});
    private final FilteredList<ListingRow> shown = new FilteredList<>(rows, r -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final AtomicBoolean rereadWaiting = new AtomicBoolean();
    /** One instance for the screen's life: a binding made per call is held by nobody and its listeners vanish at GC. */
    private final BooleanBinding filteredAway = Bindings.createBooleanBinding(() -> !rows.isEmpty() && shown.isEmpty(),
            rows, shown);
    private Optional<Feed.Subscription> changes = Optional.empty();

    public MetadataStalenessViewModel(ScreenContext context, DomainId domain) {
        this.context = context;
        this.domain = domain;
        filter.addListener((obs, old, now) -> shown.setPredicate(matching(now)));
    }

    public DomainId domain() {
        return domain;
    }

    /** Re-reads the domain's cached listings (the View calls it every few seconds while shown). */
    @Override
    public void refresh() {
        DomainListings listings = context.console().listings();
        context.runner().run(() -> listings.listings(domain), this::show,
                e -> summary.set("Could not read the metadata cache: " + UserMessages.of(e)));
    }

    /** Re-reads as soon as the cache reports a change to one of the domain's listings (changes in a burst read once). */
    public void followChanges() {
        if (changes.isPresent()) {
            return;
        }
        changes = Optional.of(context.console().listings().onChange(domain, () -> {
            if (rereadWaiting.compareAndSet(false, true)) {
                context.runner().onUiThread(() -> {
                    rereadWaiting.set(false);
                    refresh();
                });
            }
        }));
    }

    @Override
    public void close() {
        changes.ifPresent(Feed.Subscription::cancel);
        changes = Optional.empty();
    }

    private void show(List<DomainListings.Listing> loadedListings) {
        Instant now = clock().instant();
        List<ListingRow> gone = new ArrayList<>(rows);
        List<ListingRow> added = new ArrayList<>();
        for (DomainListings.Listing l : loadedListings) {
            ListingRow row = find(l);
            if (row == null) {
                added.add(new ListingRow(l, now, clock().getZone()));
            } else {
                row.update(l, now, clock().getZone());
                gone.remove(row);
            }
        }
        rows.removeAll(gone);
        rows.addAll(added);
        loaded.set(true);
        summarise();
    }

    private ListingRow find(DomainListings.Listing l) {
        return rows.stream().filter(r -> r.sameListingAs(l)).findFirst().orElse(null);
    }

    /** Moves ages and countdowns on (the View calls it every second): no reading, only the clock. */
    public void tick() {
        Instant now = clock().instant();
        rows.forEach(r -> r.tick(now, clock().getZone()));
        summarise();
    }

    private void summarise() {
        if (rows.isEmpty()) {
            summary.set("No cached listings yet");
            return;
        }
        long fresh = rows.stream().filter(r -> r.state() == ListingState.FRESH).count();
        long expired = rows.stream().filter(r -> r.state() == ListingState.EXPIRED).count();
        long stale = rows.stream().filter(r -> r.state() == ListingState.SERVED_STALE).count();
        summary.set(rows.size() + (rows.size() == 1 ? " cached listing" : " cached listings") + " · " + fresh + " fresh · "
                + expired + " expired · " + stale + " served stale");
    }

    /**
     * "Refresh now" on one listing: asks its registry off the UI thread, whatever the cache policy, then shows the new
     * listing, or why the registry could not answer while the old listing keeps being served.
     */
    public void refreshNow(ListingRow row) {
        if (row == null || row.refreshingProperty().get()) {
            return;
        }
        row.refreshing(true);
        String what = "Could not refresh " + row.packageName() + " from " + row.connectionName();
        context.runner().run(() -> context.console().listings().refreshNow(domain, row.connection(), row.coordinate()), l -> {
            row.refreshing(false);
            row.update(l, clock().instant(), clock().getZone());
            summarise();
            if (l.servingStaleSince().isPresent()) {
                context.dialogs().showError(what, l.problem().orElse(row.connectionName() + " did not answer.")
                        + "\nThe listing fetched at " + row.fetchedProperty().get().split(" · ")[0]
                        + " keeps being served until the registry answers again.");
            }
        }, e -> {
            row.refreshing(false);
            context.dialogs().showError(what, UserMessages.of(e));
        });
    }

    /** Cached listings come and go with the cache's policy; nothing here is deleted by hand. */
    @Override
    public void deleteSelection() {
    }

    /** Opens the package in the repository that keeps its fetched versions, when there are any. */
    public void openPackage(ListingRow row) {
        if (row != null && canOpen(row)) {
            context.navigator().show(new NavTarget.Package(
                    new RepositoryId(domain, row.listing().storeRepository().orElseThrow()), row.coordinate()));
        }
    }

    public boolean canOpen(ListingRow row) {
        return row.listing().storeRepository().isPresent() && row.retainedVersions() > 0;
    }

    /** Case-insensitive, on package, format, connection and state ("stale" finds the listings served stale). */
    private static Predicate<ListingRow> matching(String text) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return r -> true;
        }
        return r -> (r.packageName() + " " + r.format() + " " + r.connectionName() + " " + r.state().word())
                .toLowerCase(Locale.ROOT).contains(needle);
    }

    private Clock clock() {
        return context.console().clock();
    }

    /** Every cached listing of the domain. */
    public ObservableList<ListingRow> rows() {
        return rows;
    }

    /** The listings that match the filter; the View sorts them. */
    public ObservableList<ListingRow> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** "4 cached listings · 2 fresh · 1 expired · 1 served stale". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** False until the first reading finished, so the empty state does not flash before it. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /**
     * True when listings exist but the filter hides them all. One binding for the model's life: a binding observes
     * its lists weakly, so one made per call and kept only by a listener could be collected and fall silent.
     */
    public BooleanBinding filteredAway() {
        return filteredAway;
    }

    public String title() {
        return "Metadata cache of " + domain.name();
    }
}
