package dev.packyard.application.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.CatalogLock;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.testing.BackendTest;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A publish whose store write fails after its file was moved into the blob store (the database refuses the
 * transaction) leaves nothing: no version, no package, no blob, no spool file. The real backend, with its package
 * store made to fail on the write methods named.
 */
class PublishPipelineFailureTest extends BackendTest {
    private static final PublicRegistryCheck NO_REGISTRY = (domain, connection, coordinate, version) -> {
        throw new AssertionError("no repository here has an external connection");
    };

    private Repository repository;
    private final PackageCoordinate leftPad = PackageCoordinate.of(PackageFormat.NPM, null, "left-pad");

    @BeforeEach
    void createTeamRepository() {
        repository = repositoryWithoutUpstreams("acme", "team");
    }

    @Test
    void aNewVersionWhoseTransactionFailsLeavesNothing() throws Exception {
        PublishPipeline failing = pipeline(failingOn("insertPublishedVersion"));
        PublishRequest request = npm("1.0.0", "the tarball");
        assertThatThrownBy(() -> failing.publish(request)).hasMessageContaining("disk full");

        assertThat(backend.storage().packages().findPackage(repository.id(), leftPad)).isEmpty();
        assertThat(backend.storage().packages().findVersion(repository.id(), leftPad, "1.0.0")).isEmpty();
        assertThat(backend.storage().manifests().find(repository.id(), leftPad, "1.0.0")).isEmpty();
        assertThat(blobs()).as("the file moved into the blob store is released").isEmpty();
        assertThat(Files.exists(request.assets().get(0).file())).as("spool file").isFalse();

        PublishOutcome again = backend.publishing().pipeline(NO_REGISTRY).publish(npm("1.0.0", "the tarball"));
        assertThat(again.created()).as("the version can be published once the store works").isTrue();
        assertThat(blobs()).containsExactly(again.assets().get(0).sha256());
    }

    @Test
    void aFileAddedToAVersionWhoseWriteFailsIsReleasedAndTheVersionKeepsItsFiles() throws Exception {
        PackageCoordinate tool = PackageCoordinate.of(PackageFormat.GENERIC, "ns", "tool");
        PublishOutcome first = backend.publishing().pipeline(NO_REGISTRY).publish(generic(tool, "a.bin", "first part"));
        PublishPipeline failing = pipeline(failingOn("addAssets"));
        assertThatThrownBy(() -> failing.publish(generic(tool, "b.bin", "second part"))).hasMessageContaining("disk full");

        assertThat(backend.storage().packages().listAssets(repository.id(), tool, "1.0.0")).extracting(a -> a.name())
                .containsExactly("a.bin");
        assertThat(backend.storage().packages().findVersion(repository.id(), tool, "1.0.0").orElseThrow().revision())
                .isEqualTo(first.version().revision());
        assertThat(blobs()).containsExactly(first.assets().get(0).sha256());
    }

    @Test
    void contentAnotherVersionHoldsIsKeptWhenAPublishOfTheSameBytesFails() throws Exception {
        PublishOutcome kept = backend.publishing().pipeline(NO_REGISTRY).publish(npm("1.0.0", "same bytes"));
        assertThatThrownBy(() -> pipeline(failingOn("insertPublishedVersion")).publish(npm("2.0.0", "same bytes")))
                .hasMessageContaining("disk full");
        assertThat(blobs()).containsExactly(kept.assets().get(0).sha256());
        assertThat(backend.storage().packages().findVersion(repository.id(), leftPad, "2.0.0")).isEmpty();
    }

    private PublishRequest npm(String version, String tarball) throws Exception {
        SpooledAsset file = backend.publishing().uploads().receive("left-pad-" + version + ".tgz",
                new ByteArrayInputStream(tarball.getBytes(StandardCharsets.UTF_8)));
        return new PublishRequest(repository, leftPad, version, List.of(file), Optional.of("{\"name\":\"left-pad\"}"),
                VersionMetadata.EMPTY, PublishOptions.npm(List.of("latest")));
    }

    private PublishRequest generic(PackageCoordinate tool, String name, String content) throws Exception {
        SpooledAsset file = backend.publishing().uploads().receive(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        return new PublishRequest(repository, tool, "1.0.0", List.of(file), Optional.empty(), VersionMetadata.EMPTY,
                new PublishOptions(PackageVersionStatus.Unfinished, WhenVersionExists.ADD_WHILE_UNFINISHED, true, false,
                        Optional.empty()));
    }

    private PublishPipeline pipeline(PackageStore store) {
        return new PublishPipeline(store, backend.storage().blobs(), backend.catalog().resolver(), NO_REGISTRY, backend.catalog().distTags(),
                backend.publishing().publishExceptions(), backend.catalog().groupChecks(), new CatalogLock(), backend.clock());
    }

    /** The backend's real package store, except that the named write methods fail as a database would. */
    private PackageStore failingOn(String... methods) {
        PackageStore real = backend.storage().packages();
        Set<String> failing = Set.of(methods);
        return (PackageStore) Proxy.newProxyInstance(PackageStore.class.getClassLoader(), new Class<?>[] {PackageStore.class},
                (proxy, method, args) -> {
                    if (failing.contains(method.getName())) {
                        throw new dev.packyard.store.db.StoreException(new SQLException("disk full"));
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private List<String> blobs() throws Exception {
        DomainId domain = repository.domain();
        Path root = backend.dataDirectory().resolve("blobs").resolve(domain.owner()).resolve(domain.name());
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }
}
