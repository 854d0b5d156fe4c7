package dev.packyard.upstream.timing;

import dev.packyard.model.metadata.MetadataPolicy;
import dev.packyard.upstream.UpstreamFormats;
import dev.packyard.app.InstalledFormats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.PackageFormat;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimingProfileTest {
    private final UpstreamFormats formats = InstalledFormats.formats().upstream();

    @Test
    void codeartifactHasTheDocumentedFigures() {
        TimingProfile p = TimingProfile.named("codeartifact");

        assertThat(p.persistenceDelay()).isEqualTo(Duration.ofMinutes(3));
        assertThat(formats.metadataPolicy(PackageFormat.NPM, p)).isEqualTo(MetadataPolicy.synchronised(Duration.ofMinutes(10)));
        assertThat(formats.metadataPolicy(PackageFormat.NUGET, p).mode()).isEqualTo(MetadataPolicy.Mode.SYNCHRONISED);
        assertThat(formats.metadataPolicy(PackageFormat.PYPI, p)).isEqualTo(MetadataPolicy.lazy(Duration.ofHours(3), true));
        assertThat(formats.metadataPolicy(PackageFormat.MAVEN, p).lifetime()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void immediateHasNoPersistenceDelayAndRefreshesInLine() {
        TimingProfile p = TimingProfile.named("IMMEDIATE");

        assertThat(p.persistenceDelay()).isZero();
        assertThat(formats.metadataPolicy(PackageFormat.MAVEN, p).serveStaleWhileRefreshing()).isFalse();
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
