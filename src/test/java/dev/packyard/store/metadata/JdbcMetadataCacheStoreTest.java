package dev.packyard.store.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.app.Backend;
import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.service.persistence.MetadataCacheStore.Entry;
import dev.packyard.service.persistence.MetadataCacheStore.Key;
import dev.packyard.service.persistence.MetadataCacheStore.Piece;
import dev.packyard.service.persistence.MetadataCacheStore.State;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcMetadataCacheStoreTest {
    private static final PackageCoordinate SCOPED = PackageCoordinate.of(PackageFormat.NPM, "acme", "widgets");
    private static final PackageCoordinate PLAIN = PackageCoordinate.of(PackageFormat.NPM, null, "left-pad");
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path dir;
    private Backend backend;
    private DomainId domain;

    @BeforeEach
    void setUp() {
        backend = TestBackends.open(dir, new MutableClock(T0));
        domain = backend.catalog().domains().create("acme", null).domain().id();
    }

    @AfterEach
    void tearDown() {
        backend.close();
    }

    @Test
    void savesReplacesAndFindsEntriesWithOrWithoutNamespace() {
        var store = backend.storage().metadataCache();
        store.save(entry(SCOPED, T0.plusSeconds(600), null));
        store.save(entry(PLAIN, T0.plusSeconds(60), null));
        store.save(entry(SCOPED, T0.plusSeconds(1200), T0.plusSeconds(5)));

        Entry scoped = store.find(domain, "public:npmjs", SCOPED).orElseThrow();
        assertThat(scoped.expiresAt()).isEqualTo(T0.plusSeconds(1200));
        assertThat(scoped.servingStaleSince()).isEqualTo(T0.plusSeconds(5));
        assertThat(scoped.coordinate()).isEqualTo(SCOPED);
        assertThat(store.find(domain, "public:npmjs", PLAIN).orElseThrow().servingStaleSince()).isNull();
        assertThat(store.listInDomain(domain)).hasSize(2);
        assertThat(store.listDueBy(T0.plusSeconds(600), java.util.Set.of(PackageFormat.NPM), 10))
                .extracting(k -> k.coordinate()).containsExactly(PLAIN);
        assertThat(store.listDueBy(T0.plusSeconds(600), java.util.Set.of(PackageFormat.PYPI), 10)).isEmpty();
        assertThat(store.updateRetainedCount(domain, "public:npmjs", PLAIN, 3)).isTrue();
        assertThat(store.find(domain, "public:npmjs", PLAIN).orElseThrow().retainedVersions()).isEqualTo(3);
    }

    @Test
    void documentPiecesAreWrittenOnlyWhereToldAndComeBackAsGiven() {
        var store = backend.storage().metadataCache();
        byte[] big = "{\"dist\":{}}".repeat(10_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        store.save(entry(PLAIN, T0, null), java.util.Map.of("document", new Piece("a".repeat(64), "{}".getBytes()),
                "versions/1.0.0", new Piece("b".repeat(64), big)), java.util.Set.of());
        store.save(entry(PLAIN, T0, null), java.util.Map.of("versions/1.1.0", new Piece("c".repeat(64), "{}".getBytes())),
                java.util.Set.of("versions/1.0.0"));

        var key = new Key(domain, "public:npmjs", PLAIN);
        assertThat(store.pieceHashes(key)).containsOnlyKeys("document", "versions/1.1.0");
        assertThat(store.piece(key, "versions/1.0.0")).isEmpty();
        store.save(entry(PLAIN, T0, null), java.util.Map.of("versions/1.0.0", new Piece("b".repeat(64), big)), java.util.Set.of());
        assertThat(store.piece(key, "versions/1.0.0")).hasValueSatisfying(b -> assertThat(b).isEqualTo(big));
        assertThat(store.updateState(key, new State(T0, T0.plusSeconds(9), T0, "UNCHANGED", "ok", null, 1))).isTrue();
        assertThat(store.find(domain, "public:npmjs", PLAIN).orElseThrow().expiresAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(store.pieceHashes(key)).hasSize(3);
    }

    @Test
    void deletingTheDomainDropsItsCacheWithTheDocuments() {
        backend.storage().metadataCache().save(entry(PLAIN, T0, null), java.util.Map.of("document", new Piece("a".repeat(64), "{}".getBytes())),
                java.util.Set.of());

        backend.catalog().domains().delete(domain.owner(), domain.name());

        assertThat(backend.storage().metadataCache().listDueBy(T0.plusSeconds(1), java.util.Set.of(PackageFormat.NPM), 10)).isEmpty();
        assertThat(backend.storage().metadataCache().pieceHashes(new Key(domain, "public:npmjs", PLAIN))).isEmpty();
    }

    private Entry entry(PackageCoordinate coordinate, Instant expires, Instant staleSince) {
        return new Entry(domain, "public:npmjs", coordinate, "{\"versions\":[]}", T0, expires, T0, "FETCHED", null, staleSince, 0, 0);
    }
}
