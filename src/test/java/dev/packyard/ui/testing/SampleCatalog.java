package dev.packyard.ui.testing;

import dev.packyard.app.Backend;
import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.packages.NewVersion;
import dev.packyard.service.packages.PackageRef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A small, believable catalogue for screenshots: a team domain whose app repository reaches npm, PyPI and Maven
 * connections through a shared repository, and an empty sandbox domain. Run as a program to seed a data directory.
 */
public final class SampleCatalog {
    private final Backend backend;
    private Instant time;

    private SampleCatalog(Backend backend, Instant start) {
        this.backend = backend;
        this.time = start;
    }

    public static void main(String[] args) {
        try (Backend backend = Backend.open(Path.of(args[0]), "us-east-1", Clock.systemUTC())) {
            seed(backend, Instant.now().minus(Duration.ofDays(12)));
        }
    }

    public static void seed(Backend backend, Instant start) {
        new SampleCatalog(backend, start).seed();
    }

    private void seed() {
        String owner = backend.account().accountId();
        backend.catalog().domains().create("acme", null);
        DomainId acme = new DomainId(owner, "acme");
        repository(acme, "npm-store", "npm packages from the public registry", List.of(), ExternalConnection.NPMJS);
        repository(acme, "pypi-store", "Python packages from PyPI", List.of(), ExternalConnection.PYPI);
        repository(acme, "maven-central-store", "Maven artifacts", List.of(), ExternalConnection.MAVEN_CENTRAL);
        repository(acme, "shared", "Packages shared by every team", List.of("npm-store", "pypi-store", "maven-central-store"), null);
        RepositoryId app = repository(acme, "team-app", "The web team's packages", List.of("shared"), null);
        backend.catalog().domains().create("sandbox", null);
        repository(new DomainId(owner, "sandbox"), "playground", "Try things here", List.of(), null);

        PackageCoordinate ui = PackageCoordinate.of(PackageFormat.NPM, "acme", "ui-kit");
        for (String v : List.of("1.0.0", "1.1.0", "1.2.0", "2.0.0-beta.1")) {
            version(app, ui, v, PackageVersionOrigin.internal("team-app"), 48_000);
        }
        for (String v : List.of("4.17.20", "4.17.21")) {
            version(app, PackageCoordinate.of(PackageFormat.NPM, null, "lodash"), v,
                    PackageVersionOrigin.external(ExternalConnection.NPMJS), 540_000);
            version(new RepositoryId(acme, "npm-store"), PackageCoordinate.of(PackageFormat.NPM, null, "lodash"), v,
                    PackageVersionOrigin.external(ExternalConnection.NPMJS), 540_000);
        }
        version(app, PackageCoordinate.of(PackageFormat.PYPI, null, "requests"), "2.31.0",
                PackageVersionOrigin.external(ExternalConnection.PYPI), 63_000);
        version(app, PackageCoordinate.of(PackageFormat.MAVEN, "com.google.guava", "guava"), "33.0.0-jre",
                PackageVersionOrigin.external(ExternalConnection.MAVEN_CENTRAL), 3_100_000);
        PackageRef ref = new PackageRef(backend.catalog().repositories().describe(null, "acme", "team-app"), ui);
        backend.catalog().versions().updateStatus(ref, List.of("1.0.0"), Map.of(), null, "Archived");
        backend.catalog().versions().updateStatus(ref, List.of("2.0.0-beta.1"), Map.of(), null, "Unlisted");
    }

    private RepositoryId repository(DomainId domain, String name, String description, List<String> upstreams,
                                    ExternalConnection connection) {
        backend.catalog().repositories().create(domain.owner(), domain.name(), name, description, upstreams);
        if (connection != null) {
            backend.catalog().repositories().associateExternalConnection(domain.owner(), domain.name(), name, connection.connectionName());
        }
        return new RepositoryId(domain, name);
    }

    private void version(RepositoryId repository, PackageCoordinate coordinate, String version, PackageVersionOrigin origin,
                         int size) {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) (i * 31 + version.hashCode());
        }
        try {
            Asset asset = backend.storage().blobs().put(repository.domain(), coordinate.name() + "-" + version,
                    new ByteArrayInputStream(content), null);
            time = time.plus(Duration.ofHours(19));
            backend.catalog().packages().recordVersion(new NewVersion(repository, coordinate, version, PackageVersionStatus.Published,
                    origin, time, VersionMetadata.EMPTY, List.of(asset)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
