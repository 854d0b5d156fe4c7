package dev.packyard.ui.staleness;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.ui.common.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One row of the staleness table. A row lives as long as its listing is cached: reloads and the clock update its
 * texts in place, so selection and scrolling survive the ticking.
 */
public final class ListingRow {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DAY_CLOCK = DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.ROOT);

    private final ReadOnlyObjectWrapper<DomainListings.Listing> listing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ListingState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper fetched = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper expires = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper versions = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(false);

    ListingRow(DomainListings.Listing first, Instant now, ZoneId zone) {
        update(first, now, zone);
    }

    void update(DomainListings.Listing newer, Instant now, ZoneId zone) {
        listing.set(newer);
        versions.set(newer.retainedVersions() + " of " + newer.upstreamVersions());
        tick(now, zone);
    }

    /** Recomputes what depends on the time: ages, countdowns and the state. */
    void tick(Instant now, ZoneId zone) {
        DomainListings.Listing l = listing.get();
        ListingState s = ListingState.of(l, now);
        state.set(s);
        fetched.set(clock(l.fetchedAt(), now, zone) + " · " + since(l.fetchedAt(), now) + " ago");
        expires.set(clock(l.expiresAt(), now, zone) + " · " + (now.isBefore(l.expiresAt())
                ? "in " + until(now, l.expiresAt()) : since(l.expiresAt(), now) + " ago"));
        stateText.set(switch (s) {
            case FRESH -> "fresh · expires in " + until(now, l.expiresAt());
            case EXPIRED -> "expired " + since(l.expiresAt(), now) + " ago · refreshed at the next request";
            case SERVED_STALE -> {
                Instant since = l.servingStaleSince().orElseThrow();
                yield "served stale since " + clock(since, now, zone) + " (" + since(since, now) + ")";
            }
        });
    }

    /** Seconds only under a minute, so a table cell stays short: "42 s", "7 min", "2 h 10 min". */
    private static String compact(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s >= 60 && s < 3600) {
            return s / 60 + " min";
        }
        return DurationText.of(d);
    }

    private static String since(Instant then, Instant now) {
        return compact(now.isBefore(then) ? Duration.ZERO : Duration.between(then, now));
    }

    private static String until(Instant now, Instant then) {
        return compact(then.isBefore(now) ? Duration.ZERO : Duration.between(now, then));
    }

    /** The time of day for today's moments, with the date for older ones. */
    private static String clock(Instant at, Instant now, ZoneId zone) {
        boolean today = at.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return (today ? CLOCK : DAY_CLOCK).format(at.atZone(zone));
    }

    boolean sameListingAs(DomainListings.Listing other) {
        return connection() == other.connection() && coordinate().equals(other.coordinate());
    }

    void refreshing(boolean now) {
        refreshing.set(now);
    }

    public DomainListings.Listing listing() {
        return listing.get();
    }

    public ReadOnlyObjectProperty<DomainListings.Listing> listingProperty() {
        return listing.getReadOnlyProperty();
    }

    public ExternalConnection connection() {
        return listing.get().connection();
    }

    public PackageCoordinate coordinate() {
        return listing.get().coordinate();
    }

    public String format() {
        return coordinate().format().wireName();
    }

    /** The name as the format writes it: {@code @scope/name}, {@code group:artifact}, or the name. */
    public String packageName() {
        return coordinate().displayName();
    }

    public String connectionName() {
        return connection().connectionName();
    }

    public int upstreamVersions() {
        return listing.get().upstreamVersions();
    }

    public int retainedVersions() {
        return listing.get().retainedVersions();
    }

    /** "2 of 3": retained versions of those the registry lists. */
    public String versionsText() {
        return versions.get();
    }

    /** {@link #versionsText()} as it changes with each re-read, for the table cell to follow. */
    public ReadOnlyStringProperty versionsProperty() {
        return versions.getReadOnlyProperty();
    }

    public ListingState state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<ListingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "fresh · expires in 7 min", "expired 2 min ago · …", "served stale since 10:11:00 (3 min)". */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    /** "10:00:00 · 11 min ago". */
    public ReadOnlyStringProperty fetchedProperty() {
        return fetched.getReadOnlyProperty();
    }

    /** "10:10:00 · in 5 min", or "10:10:00 · 1 min ago" once passed. */
    public ReadOnlyStringProperty expiresProperty() {
        return expires.getReadOnlyProperty();
    }

    /** True while "Refresh now" of this row is asking the registry. */
    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return format() + " " + packageName() + " via " + connectionName() + ": " + stateText.get();
    }
}
