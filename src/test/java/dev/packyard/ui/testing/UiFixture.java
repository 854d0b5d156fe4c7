package dev.packyard.ui.testing;

import dev.packyard.ui.repositories.TokenIssuer;
import dev.packyard.ui.staleness.DomainListings;
import dev.packyard.ui.repositories.PackageFetcher;
import dev.packyard.ui.packages.UpstreamMetadata;
import dev.packyard.ui.connections.ConnectionsFeed;
import dev.packyard.app.InstalledFormats;
import dev.packyard.app.Backend;
import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.packages.NewVersion;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import dev.packyard.ui.ConsoleContext;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.common.ScreenContext;
import dev.packyard.ui.main.ConnectionHealthSummary;
import dev.packyard.ui.tasks.TaskFeed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The real backend on a temporary directory, and the console's view of it, for UI tests. */
public final class UiFixture implements AutoCloseable {
    public final MutableClock clock = MutableClock.startingAt("2026-03-01T09:30:00Z");
    public final Backend backend;
    public final RecordingDialogService dialogs = new RecordingDialogService();
    public final RecordingNavigator navigator = new RecordingNavigator();
    public final SynchronousRunner runner = new SynchronousRunner();

    public UiFixture(Path dir) {
        this.backend = TestBackends.open(dir, clock);
    }

    public ConsoleContext console() {
        return console(TaskFeed.none());
    }

    public ConsoleContext console(TaskFeed tasks) {
        return ConsoleContext.builder(backend.catalog().domains(), backend.catalog().repositories(), backend.catalog().packages(), backend.catalog().versions(),
                backend.dataDirectory(), backend.account().accountId()).clock(clock).tasks(tasks)
                .clientSetups(InstalledFormats.formats().clientSetups()).versionDetails(backend.catalog().versionDetails()).build();
    }

    public ScreenContext screen() {
        return new ScreenContext(console(), runner, dialogs, navigator);
    }

    public String account() {
        return backend.account().accountId();
    }

    public DomainId domain(String name) {
        backend.catalog().domains().create(name, null);
        return new DomainId(account(), name);
    }

    public RepositoryId repository(DomainId domain, String name, String... upstreams) {
        backend.catalog().repositories().create(domain.owner(), domain.name(), name, "", List.of(upstreams));
        return new RepositoryId(domain, name);
    }

    public void connect(RepositoryId repository, ExternalConnection connection) {
        backend.catalog().repositories().associateExternalConnection(repository.domain().owner(), repository.domain().name(),
                repository.name(), connection.connectionName());
    }

    public static PackageCoordinate npm(String name) {
        return PackageCoordinate.of(PackageFormat.NPM, null, name);
    }

    /** Records a version with one real asset of {@code size} bytes in the blob store. */
    public PackageVersion version(RepositoryId repository, PackageCoordinate coordinate, String version,
                                  PackageVersionOrigin origin, int size) {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) (version.hashCode() + coordinate.name().hashCode() + i);
        }
        try {
            Asset asset = backend.storage().blobs().put(repository.domain(), coordinate.name() + "-" + version + ".tgz",
                    new ByteArrayInputStream(content), null);
            return backend.catalog().packages().recordVersion(new NewVersion(repository, coordinate, version,
                    PackageVersionStatus.Published, origin, clock.instant(), VersionMetadata.EMPTY, List.of(asset)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PackageVersion published(RepositoryId repository, PackageCoordinate coordinate, String version) {
        return version(repository, coordinate, version, PackageVersionOrigin.internal(repository.name()), 512);
    }

    @Override
    public void close() {
        backend.close();
    }
}
