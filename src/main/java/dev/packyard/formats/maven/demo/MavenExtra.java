package dev.packyard.formats.maven.demo;

/**
 * Files a real Maven version often has besides its POM and jar, which a client asks for by name alone (no listing
 * names them): what the demo needs so classifiers, sources and distributions can be tried through Packyard.
 */
enum MavenExtra {
    /** {@code -sources.jar}: what IDEs and {@code dependency:sources} fetch. */
    SOURCES,
    /** {@code -javadoc.jar}. */
    JAVADOC,
    /** A platform classifier jar, {@code -linux-x86_64.jar}, as native libraries publish them. */
    NATIVE_CLASSIFIER,
    /** Gradle's {@code .module} metadata, announced by a marker comment in the POM. */
    GRADLE_MODULE,
    /** A {@code -bin.zip} distribution, as the Maven wrapper and tool distributions download them. */
    DISTRIBUTION_ZIP;

    static final String NATIVE_PLATFORM = "linux-x86_64";
    static final String DISTRIBUTION_CLASSIFIER = "bin";
}
