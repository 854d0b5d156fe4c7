package dev.packyard.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.Asset;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.packages.NewVersion;
import dev.packyard.service.visibility.PendingPersistence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadCodecTest {
    private final PayloadCodec codec = new PayloadCodec();

    @Test
    void aPendingPersistenceSurvivesTheTripThroughJson() {
        RepositoryId team = RepositoryId.of("111122223333", "acme", "team");
        NewVersion version = new NewVersion(team, PackageCoordinate.of(PackageFormat.NPM, "types", "node"), "20.11.5",
                PackageVersionStatus.Published, PackageVersionOrigin.external(ExternalConnection.NPMJS),
                Instant.parse("2024-01-19T08:00:00.123Z"),
                new VersionMetadata("@types/node", "TypeScript definitions", null, null, List.of(new VersionMetadata.License("MIT", null))),
                List.of(new Asset("node-20.11.5.tgz", 412_000, Map.of(HashAlgorithm.SHA256, "c".repeat(64),
                        HashAlgorithm.SHA512, "d".repeat(128)))));
        PendingPersistence pending = new PendingPersistence(version,
                List.of(team, RepositoryId.of("111122223333", "acme", "npm-store")), Instant.parse("2026-11-22T10:03:00Z"));

        String json = codec.encode(pending);

        assertThat(json).contains("\"2026-11-22T10:03:00Z\"").doesNotContain("taskKey");
        assertThat(codec.decode(json, PendingPersistence.class)).isEqualTo(pending);
    }

    @Test
    void aPayloadThatCannotBeReadSaysWhichTypeItWasMeantToBe() {
        assertThatThrownBy(() -> codec.decode("{\"version\": 7", PendingPersistence.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PendingPersistence");
    }
}
