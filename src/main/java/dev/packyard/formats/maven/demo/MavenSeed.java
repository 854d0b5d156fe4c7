package dev.packyard.formats.maven.demo;

import dev.packyard.formats.maven.demo.MavenArtifactSpec.Dependency;
import java.util.EnumSet;
import java.util.List;

/**
 * The artifacts the demo repository starts with: alpha inherits from demo-parent, which manages the version of
 * beta that alpha depends on; gamma depends on delta with an explicit version; epsilon has every other kind of file
 * a real version has (sources, javadoc, a native classifier jar, Gradle metadata, a zip distribution).
 */
final class MavenSeed {
    static final String GROUP_ID = "dev.packyard.demo";
    static final String PARENT_ARTIFACT = "demo-parent";

    private MavenSeed() {
    }

    static List<MavenArtifactSpec> artifacts() {
        return List.of(
                new MavenArtifactSpec(PARENT_ARTIFACT, "Parent POM of the demo artifacts", true, null, List.of(),
                        List.of(new Dependency("beta", "1.1.0")), List.of("1.0.0", "1.1.0")),
                new MavenArtifactSpec("alpha", "Alpha, built on beta", false, "1.1.0",
                        List.of(new Dependency("beta", null)), List.of(), List.of("1.0.0", "1.1.0", "2.0.0")),
                new MavenArtifactSpec("beta", "Beta, a library alpha uses", false, null, List.of(), List.of(),
                        List.of("1.0.0", "1.1.0", "1.2.0")),
                new MavenArtifactSpec("gamma", "Gamma, built on delta", false, null,
                        List.of(new Dependency("delta", "1.0.0")), List.of(), List.of("0.5.0", "1.0.0")),
                new MavenArtifactSpec("delta", "Delta, a small utility", false, null, List.of(), List.of(),
                        List.of("1.0.0", "1.0.1", "1.1.0")),
                new MavenArtifactSpec("epsilon", "Epsilon, a tool with native code and a distribution", false, null,
                        List.of(), List.of(), List.of("1.0.0", "1.1.0"), EnumSet.allOf(MavenExtra.class)));
    }
}
