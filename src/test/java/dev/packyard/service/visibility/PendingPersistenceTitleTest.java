package dev.packyard.service.visibility;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Tasks screen lists one persistence task per fetched file; the console review found a POM's and a JAR's alike. */
class PendingPersistenceTitleTest {
    private static final RepositoryId APP = RepositoryId.of("111122223333", "demo", "app");
    private static final RepositoryId STORE = RepositoryId.of("111122223333", "demo", "maven-central-store");

    @Test
    void eachFileOfAVersionHasATitleOfItsOwn() {
        PendingPersistence pom = pending("beta-1.1.0.pom");
        PendingPersistence jar = pending("beta-1.1.0.jar");

        assertThat(pom.title()).isEqualTo("Make dev.packyard.demo:beta 1.1.0 (beta-1.1.0.pom) visible in app, maven-central-store");
        assertThat(jar.title()).isNotEqualTo(pom.title()).contains("(beta-1.1.0.jar)");
        assertThat(jar.taskKey()).isNotEqualTo(pom.taskKey());
    }

    private static PendingPersistence pending(String file) {
        NewVersion version = new NewVersion(APP, PackageCoordinate.of(PackageFormat.MAVEN, "dev.packyard.demo", "beta"), "1.1.0",
                PackageVersionStatus.Published, PackageVersionOrigin.external(ExternalConnection.MAVEN_CENTRAL),
                Instant.parse("2026-01-01T00:00:00Z"), new VersionMetadata(null, null, null, null, List.of()),
                List.of(new Asset(file, 100, Map.of(HashAlgorithm.SHA256, "c".repeat(64)))));
        return new PendingPersistence(version, List.of(APP, STORE), Instant.parse("2026-01-01T00:03:00Z"));
    }
}
