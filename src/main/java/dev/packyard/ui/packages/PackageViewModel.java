package dev.packyard.ui.packages;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.Restriction;
import dev.packyard.service.packages.BatchResult;
import dev.packyard.service.packages.PackageRef;
import dev.packyard.ui.common.DisplayFormat;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.service.paging.Pages;
import dev.packyard.ui.common.Screen;
import dev.packyard.ui.common.ScreenContext;
import dev.packyard.model.ExternalConnection;
import dev.packyard.service.visibility.PendingPersistence;
import dev.packyard.ui.common.DurationText;
import dev.packyard.ui.common.UserMessages;
import dev.packyard.model.metadata.Freshness;
import dev.packyard.model.metadata.RevalidationResult;
import java.time.Instant;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The package screen: its versions with their status and origin, status changes, and origin controls. */
public final class PackageViewModel implements Screen {
    /** The statuses a user may set directly; Disposed and Deleted have their own commands. */
    public static final List<PackageVersionStatus> SETTABLE =
            List.of(PackageVersionStatus.Published, PackageVersionStatus.Unlisted, PackageVersionStatus.Archived);

    private final ScreenContext context;
    private final RepositoryId repositoryId;
    private final PackageCoordinate coordinate;
    private final ObservableList<VersionRow> versions = FXCollections.observableArrayList();
    private final ObservableList<VersionRow> selected = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Restriction> publish = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Restriction> upstream = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<StalenessRow> staleness = FXCollections.observableArrayList();
    private final ObservableList<String> pending = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(false);
    private final VersionDetailViewModel detail;

    /** One public registry behind the package: which, through which repository, and how old its listing is. */
    public record StalenessRow(ExternalConnection connection, String title, String age, String lastCheck, boolean stale) {
    }

    private record Upstream(List<UpstreamMetadata.Source> sources, List<PendingPersistence> pending) {
    }

    public PackageViewModel(ScreenContext context, RepositoryId repositoryId, PackageCoordinate coordinate) {
        this.context = context;
        this.repositoryId = repositoryId;
        this.coordinate = coordinate;
        this.detail = new VersionDetailViewModel(context, repositoryId, coordinate);
        // The detail pane follows the table: one version selected shows it, none or several show the hint.
        selected.addListener((javafx.collections.ListChangeListener<VersionRow>) c -> showDetail());
    }

    private void showDetail() {
        detail.show(selected.size() == 1 ? selected.get(0).version() : null);
    }

    /** The selected version's files, dependencies, readme and commands. */
    public VersionDetailViewModel detail() {
        return detail;
    }

    private record Loaded(Repository repository, PackageSummary summary, List<PackageVersion> versions) {
    }

    @Override
    public void refresh() {
        context.call("Could not open package " + coordinate.displayName(), () -> {
            PackageRef ref = ref();
            PackageSummary pkg = context.console().packages().describe(owner(), domain(), repositoryId.name(),
                    coordinate.format().wireName(), coordinate.namespace(), coordinate.name());
            List<PackageVersion> all = Pages.all(token ->
                    context.console().versions().list(ref, 1000, token).page());
            return new Loaded(ref.repository(), pkg, all);
        }, this::show);
        refreshStaleness();
    }

    /** Re-reads the cached listings and pending persistence of the package (ages move on with the clock). */
    public void refreshStaleness() {
        UpstreamMetadata metadata = context.console().metadata();
        context.runner().run(() -> new Upstream(metadata.sources(repositoryId, coordinate),
                metadata.pending(repositoryId, coordinate)), this::showUpstream, e -> staleness.clear());
    }

    private void showUpstream(Upstream upstream) {
        Instant now = context.console().clock().instant();
        ZoneId zone = context.console().clock().getZone();
        staleness.setAll(upstream.sources().stream().map(s -> new StalenessRow(s.connection(),
                s.connection().connectionName() + " via " + s.viaRepository(),
                s.listing().map(l -> StalenessWording.line(l, now)).orElse("not fetched yet: the first request for "
                        + coordinate.displayName() + " through this connection fetches its listing"),
                s.listing().map(l -> StalenessWording.result(l, now, zone)).orElse(""),
                s.listing().map(l -> l.freshness(now) != Freshness.FRESH).orElse(false))).toList());
        pending.setAll(upstream.pending().stream().map(p -> p.versionName() + " — fetched, visible after "
                + StalenessWording.clock(p.visibleAt(), zone) + " (in " + DurationText.until(now, p.visibleAt()) + ")").toList());
    }

    /** "Refresh now" on one registry: asks it off the UI thread, then shows the new listing or why it failed. */
    public void refreshNow(ExternalConnection connection) {
        refreshing.set(true);
        context.runner().run(() -> context.console().metadata().refreshNow(repositoryId, connection, coordinate), listing -> {
            refreshing.set(false);
            if (listing.lastResult() == RevalidationResult.UNAVAILABLE) {
                context.dialogs().showError("Could not refresh " + coordinate.displayName() + " from " + connection.connectionName(),
                        listing.detail().orElse(connection.connectionName() + " did not answer.") + "\nThe listing fetched at "
                                + StalenessWording.clock(listing.fetchedAt(), context.console().clock().getZone())
                                + " keeps being served until the registry answers again.");
            }
            refreshStaleness();
        }, e -> {
            refreshing.set(false);
            context.dialogs().showError("Could not refresh " + coordinate.displayName() + " from " + connection.connectionName(),
                    UserMessages.of(e));
            refreshStaleness();
        });
    }

    private void show(Loaded loaded) {
        ZoneId zone = context.console().clock().getZone();
        versions.setAll(loaded.versions().stream().map(v -> new VersionRow(v.version(), v.status(),
                OriginBadge.of(v.origin(), loaded.repository()), OriginBadge.explain(v.origin()), v.revision(),
                DisplayFormat.shortRevision(v.revision()), DisplayFormat.time(v.publishedTime(), zone))).toList());
        publish.set(loaded.summary().originRestrictions().publish());
        upstream.set(loaded.summary().originRestrictions().upstream());
        summary.set(coordinate.format().wireName() + " package in " + repositoryId.name() + " · "
                + versions.size() + (versions.size() == 1 ? " version" : " versions"));
        if (selected.size() == 1) {
            showDetail(); // a status change or a disposal shows at once in the pane
        }
    }

    public void setStatus(PackageVersionStatus target) {
        List<VersionRow> rows = List.copyOf(selected);
        if (rows.isEmpty() || !SETTABLE.contains(target)) {
            return;
        }
        batch("Could not set " + names(rows) + " to " + target, () -> context.console().versions()
                .updateStatus(ref(), names(rows), revisions(rows), target.name()));
    }

    public void dispose() {
        List<VersionRow> rows = List.copyOf(selected);
        if (rows.isEmpty() || !context.dialogs().confirmDestructive("Dispose " + label(rows) + "?", "The files of " + label(rows)
                + " will be deleted for good; the version" + (rows.size() == 1 ? " stays" : "s stay")
                + " listed as Disposed and can only be deleted afterwards.", "Dispose", Optional.empty())) {
            return;
        }
        batch("Could not dispose " + names(rows), () -> context.console().versions()
                .dispose(ref(), names(rows), revisions(rows)));
    }

    @Override
    public void deleteSelection() {
        List<VersionRow> rows = List.copyOf(selected);
        if (rows.isEmpty() || !context.dialogs().confirmDestructive("Delete " + label(rows) + "?", label(rows)
                + " will be removed from " + repositoryId.name() + " with " + (rows.size() == 1 ? "its" : "their")
                + " files. This cannot be undone.", "Delete", Optional.empty())) {
            return;
        }
        batch("Could not delete " + names(rows), () -> context.console().versions().delete(ref(), names(rows)));
    }

    public void setPublish(Restriction value) {
        saveOrigin(value, upstream.get());
    }

    public void setUpstream(Restriction value) {
        saveOrigin(publish.get(), value);
    }

    private void saveOrigin(Restriction newPublish, Restriction newUpstream) {
        if (newPublish == null || newUpstream == null
                || (newPublish == publish.get() && newUpstream == upstream.get())) {
            return;
        }
        context.call("Could not change the origin controls of " + coordinate.displayName(), () -> context.console()
                .packages().putOriginConfiguration(owner(), domain(), repositoryId.name(), coordinate.format().wireName(),
                        coordinate.namespace(), coordinate.name(), newPublish.name(), newUpstream.name()), saved -> {
                            publish.set(saved.originRestrictions().publish());
                            upstream.set(saved.originRestrictions().upstream());
                        });
    }

    /** Runs an all-or-nothing version batch; versions it refuses are explained in one error dialog. */
    private void batch(String failureTitle, Callable<BatchResult> work) {
        context.call(failureTitle, work, result -> {
            if (!result.failed().isEmpty()) {
                context.dialogs().showError(failureTitle, result.failed().entrySet().stream()
                        .filter(e -> e.getValue().errorCode() != BatchResult.ErrorCode.SKIPPED)
                        .map(e -> e.getKey() + ": " + e.getValue().errorMessage())
                        .collect(Collectors.joining("\n")) + (result.failed().size() > 1 ? "\nNo version was changed." : ""));
            }
            refresh();
        });
    }

    public void openRepository() {
        context.navigator().show(new NavTarget.Repository(repositoryId));
    }

    private PackageRef ref() {
        return new PackageRef(context.console().repositories().describe(owner(), domain(), repositoryId.name()), coordinate);
    }

    private String owner() {
        return repositoryId.domain().owner();
    }

    private String domain() {
        return repositoryId.domain().name();
    }

    private static List<String> names(List<VersionRow> rows) {
        return rows.stream().map(VersionRow::version).toList();
    }

    private static Map<String, String> revisions(List<VersionRow> rows) {
        return rows.stream().collect(Collectors.toMap(VersionRow::version, VersionRow::revision, (a, b) -> a));
    }

    private String label(List<VersionRow> rows) {
        return rows.size() == 1 ? "version " + rows.get(0).version() + " of " + coordinate.displayName()
                : rows.size() + " versions of " + coordinate.displayName();
    }

    public PackageCoordinate coordinate() {
        return coordinate;
    }

    public RepositoryId repositoryId() {
        return repositoryId;
    }

    public ObservableList<VersionRow> versions() {
        return versions;
    }

    /** The rows selected in the table; the commands act on these. */
    public ObservableList<VersionRow> selected() {
        return selected;
    }

    public ReadOnlyObjectProperty<Restriction> publishProperty() {
        return publish.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Restriction> upstreamProperty() {
        return upstream.getReadOnlyProperty();
    }

    /** One row per public registry on the repository's resolution path. */
    public ObservableList<StalenessRow> staleness() {
        return staleness;
    }

    /** Versions served already but waiting for persistence: "1.3.0 — fetched, visible after 10:03:00 (in 2 min)". */
    public ObservableList<String> pending() {
        return pending;
    }

    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
