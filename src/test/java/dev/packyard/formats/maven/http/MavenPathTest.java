package dev.packyard.formats.maven.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.service.error.PackageNotFoundException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MavenPathTest {
    @Test
    void aPlusIsAPlusAndAMalformedEscapeIsTheClientsBadRequest() {
        assertThat(MavenPath.parse("org/example/lib/1.0+build.5/lib-1.0+build.5.jar").version()).contains("1.0+build.5");
        assertThat(MavenPath.parse("org/example/lib/1.0%2Bbuild.5/lib-1.0%2Bbuild.5.jar").version()).contains("1.0+build.5");
        assertThatThrownBy(() -> MavenPath.parse("org/example/lib/1.0%zz/lib-1.0.jar"))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("malformed percent-encoding");
    }

    @Test
    void aSnapshotsVersionLevelMetadataIsRecognisedAsSuch() {
        MavenPath path = MavenPath.parse("com/example/team/rw-app/1.0.0-SNAPSHOT/maven-metadata.xml");
        assertThat(path.kind()).isEqualTo(MavenPath.Kind.VERSION_METADATA);
        assertThat(path.coordinate()).isEqualTo(maven("com.example.team", "rw-app"));
        assertThat(path.version()).contains("1.0.0-SNAPSHOT");
        assertThat(path.isMetadata()).isTrue();

        MavenPath sha1 = MavenPath.parse("com/example/team/rw-app/1.0.0-SNAPSHOT/maven-metadata.xml.sha1");
        assertThat(sha1.kind()).isEqualTo(MavenPath.Kind.VERSION_METADATA);
        assertThat(sha1.checksum()).contains(MavenPath.Checksum.SHA1);
    }

    @Test
    void artifactLevelMetadataIsAlsoReadAsTheGroupOfThePluginPrefixes() {
        MavenPath path = MavenPath.parse("org/apache/maven/plugins/maven-metadata.xml");
        assertThat(path.kind()).isEqualTo(MavenPath.Kind.ARTIFACT_OR_GROUP_METADATA);
        assertThat(path.coordinate()).isEqualTo(maven("org.apache.maven", "plugins"));
        assertThat(path.group()).isEqualTo("org.apache.maven.plugins");
        assertThat(path.version()).isEmpty();
        assertThat(MavenPath.parse("dev/packyard/demo/alpha/maven-metadata.xml.sha512").checksum())
                .contains(MavenPath.Checksum.SHA512);
    }

    @Test
    void everyFileOfAVersionDirectoryIsAFileOfThatVersion() {
        for (String file : new String[] {"sisu-guice-3.2.3-no_aop.jar", "netty-3.2.3-linux-x86_64.jar", "sisu-guice-3.2.3-sources.jar",
                "sisu-guice-3.2.3.module", "sisu-guice-3.2.3.pom.asc", "sisu-guice-3.2.3-bin.tar.gz"}) {
            MavenPath path = MavenPath.parse("org/sonatype/sisu/sisu-guice/3.2.3/" + file);
            assertThat(path.kind()).as(file).isEqualTo(MavenPath.Kind.FILE);
            assertThat(path.coordinate()).isEqualTo(maven("org.sonatype.sisu", "sisu-guice"));
            assertThat(path.version()).contains("3.2.3");
            assertThat(path.fileName()).isEqualTo(file);
            assertThat(path.checksum()).isEmpty();
        }
        MavenPath sidecar = MavenPath.parse("org/sonatype/sisu/sisu-guice/3.2.3/sisu-guice-3.2.3-no_aop.jar.sha256");
        assertThat(sidecar.fileName()).isEqualTo("sisu-guice-3.2.3-no_aop.jar");
        assertThat(sidecar.checksum()).contains(MavenPath.Checksum.SHA256);
    }

    @Test
    void aTimestampedBuildIsAFileOfItsSnapshot() {
        MavenPath path = MavenPath.parse("com/example/rw-app/1.0.0-SNAPSHOT/rw-app-1.0.0-20261203.082700-2.jar.md5");
        assertThat(path.kind()).isEqualTo(MavenPath.Kind.FILE);
        assertThat(path.version()).contains("1.0.0-SNAPSHOT");
        assertThat(path.isSnapshotVersion()).isTrue();
        assertThat(path.fileName()).isEqualTo("rw-app-1.0.0-20261203.082700-2.jar");
        assertThat(path.checksum()).contains(MavenPath.Checksum.MD5);
    }

    @Test
    void pathsTooShortForTheLayoutAreNotFound() {
        assertThatThrownBy(() -> MavenPath.parse("junit/maven-metadata.xml")).isInstanceOf(PackageNotFoundException.class)
                .hasMessageContaining("not a Maven repository path");
        assertThatThrownBy(() -> MavenPath.parse("a/b/file.jar")).isInstanceOf(PackageNotFoundException.class);
        assertThat(MavenPath.parse("x/1.0-SNAPSHOT/maven-metadata.xml").kind()).as("too short to be version level")
                .isEqualTo(MavenPath.Kind.ARTIFACT_OR_GROUP_METADATA);
        assertThat(MavenPath.parse("a/b/c/1.0/maven-metadata.xml").version()).as("a release has no version-level metadata")
                .isEqualTo(Optional.empty());
    }

    private static PackageCoordinate maven(String group, String artifact) {
        return new PackageCoordinate(PackageFormat.MAVEN, group, artifact);
    }
}
