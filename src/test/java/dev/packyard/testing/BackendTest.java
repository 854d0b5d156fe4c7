package dev.packyard.testing;

import dev.packyard.app.Backend;
import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.packages.NewVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base for tests that run the real service core on an H2 file database in a temporary data directory. */
public abstract class BackendTest {
    @TempDir
    protected Path tempDir;
    protected MutableClock clock;
    protected Backend backend;

    @BeforeEach
    void openBackend() {
        clock = MutableClock.startingAt("2026-11-01T10:00:00Z");
        backend = TestBackends.open(tempDir, clock);
    }

    @AfterEach
    void closeBackend() {
        if (backend != null) {
            backend.close();
        }
    }

    protected void reopen() {
        backend.close();
        backend = TestBackends.open(tempDir, clock);
    }

    /** Creates the domain and in it a repository with neither upstreams nor an external connection. */
    protected Repository repositoryWithoutUpstreams(String domain, String name) {
        backend.catalog().domains().create(domain, null);
        return backend.catalog().repositories().create(null, domain, name, null, List.of());
    }

    protected String account() {
        return backend.account().accountId();
    }

    /** Publishes a version with one real asset in the blob store, as a package manager's publish would. */
    protected PackageVersion publish(Repository repository, PackageCoordinate coordinate, String version, String content) {
        return record(repository, coordinate, version, content, PackageVersionOrigin.internal(repository.name()),
                PackageVersionStatus.Published);
    }

    protected PackageVersion record(Repository repository, PackageCoordinate coordinate, String version, String content,
                                    PackageVersionOrigin origin, PackageVersionStatus status) {
        try {
            Asset asset = backend.storage().blobs().put(repository.domain(), coordinate.name() + "-" + version + ".tgz",
                    new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), null);
            clock.advance(Duration.ofSeconds(1));
            return backend.catalog().packages().recordVersion(new NewVersion(repository.id(), coordinate, version, status, origin,
                    clock.instant(), VersionMetadata.EMPTY, List.of(asset)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
