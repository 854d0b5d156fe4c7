package dev.packyard.store.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.app.Backend;
import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.service.persistence.MetadataCacheStore.Entry;
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
        domain = backend.domains().create("acme", null).domain().id();
    }

    @AfterEach
    void tearDown() {
        backend.close();
    }

    @Test
    void savesReplacesAndFindsEntriesWithOrWithoutNamespace() {
        var store = backend.metadataCache();
        store.save(entry(SCOPED, T0.plusSeconds(600), null));
        store.save(entry(PLAIN, T0.plusSeconds(60), null));
        store.save(entry(SCOPED, T0.plusSeconds(1200), T0.plusSeconds(5)));

        Entry scoped = store.find(domain, "public:npmjs", SCOPED).orElseThrow();
        assertThat(scoped.expiresAt()).isEqualTo(T0.plusSeconds(1200));
        assertThat(scoped.servingStaleSince()).isEqualTo(T0.plusSeconds(5));
        assertThat(scoped.coordinate()).isEqualTo(SCOPED);
        assertThat(store.find(domain, "public:npmjs", PLAIN).orElseThrow().servingStaleSince()).isNull();
        assertThat(store.listInDomain(domain)).hasSize(2);
        assertThat(store.listExpiringBy(T0.plusSeconds(600), 10)).extracting(Entry::coordinate).containsExactly(PLAIN);
        assertThat(store.updateRetainedCount(domain, "public:npmjs", PLAIN, 3)).isTrue();
        assertThat(store.find(domain, "public:npmjs", PLAIN).orElseThrow().retainedVersions()).isEqualTo(3);
    }

    @Test
    void deletingTheDomainDropsItsCache() {
        backend.metadataCache().save(entry(PLAIN, T0, null));

        backend.domains().delete(domain.owner(), domain.name());

        assertThat(backend.metadataCache().listExpiringBy(T0.plusSeconds(1), 10)).isEmpty();
    }

    private Entry entry(PackageCoordinate coordinate, Instant expires, Instant staleSince) {
        return new Entry(domain, "public:npmjs", coordinate, "{\"versions\":[]}", T0, expires, T0, "FETCHED", null, staleSince, 0, 0);
    }
}
