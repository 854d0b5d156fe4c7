package dev.packyard.upstream.timing;

import dev.packyard.model.metadata.MetadataPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.PackageFormat;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimingProfileTest {
    @Test
    void codeartifactHasTheDocumentedFigures() {
        TimingProfile p = TimingProfile.named("codeartifact");

        assertThat(p.persistenceDelay()).isEqualTo(Duration.ofMinutes(3));
        assertThat(p.metadataPolicy(PackageFormat.NPM)).isEqualTo(MetadataPolicy.synchronised(Duration.ofMinutes(10)));
        assertThat(p.metadataPolicy(PackageFormat.NUGET).mode()).isEqualTo(MetadataPolicy.Mode.SYNCHRONISED);
        assertThat(p.metadataPolicy(PackageFormat.PYPI)).isEqualTo(MetadataPolicy.lazy(Duration.ofHours(3), true));
        assertThat(p.metadataPolicy(PackageFormat.MAVEN).lifetime()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void immediateHasNoPersistenceDelayAndRefreshesInLine() {
        TimingProfile p = TimingProfile.named("IMMEDIATE");

        assertThat(p.persistenceDelay()).isZero();
        assertThat(p.metadataPolicy(PackageFormat.MAVEN).serveStaleWhileRefreshing()).isFalse();
    }

    @Test
    void theDemoScaleMakesThreeMinutesThreeSecondsAndThreeHoursThreeMinutes() {
        TimingProfile demo = TimingProfile.codeartifact().scaled(60);

        assertThat(demo.persistenceDelay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(demo.metadataLifetime()).isEqualTo(Duration.ofMinutes(3));
        assertThat(demo.metadataSyncInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(demo.firstProbeDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(demo.timeScale()).isEqualTo(60);
    }

    @Test
    void badNamesAndScalesSayWhatIsAllowed() {
        assertThatThrownBy(() -> TimingProfile.named("fast")).hasMessageContaining("codeartifact").hasMessageContaining("immediate");
        assertThatThrownBy(() -> TimingProfile.codeartifact().scaled(0)).hasMessageContaining("positive");
    }
}
