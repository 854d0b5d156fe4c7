package dev.packyard.formats.maven.demo;

import dev.packyard.demo.common.ZipArchive;
import dev.packyard.formats.maven.demo.MavenArtifactSpec.Dependency;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the POM and jar of a demo artifact version, and the extra files its spec asks for. */
final class MavenFiles {
    private MavenFiles() {
    }

    static Map<String, byte[]> build(MavenArtifactSpec spec, String version) {
        String base = spec.artifactId() + "-" + version;
        String pom = pom(spec, version);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(base + ".pom", pom.getBytes(StandardCharsets.UTF_8));
        if (!spec.pomOnly()) {
            files.put(base + ".jar", jar(spec, version, pom));
        }
        for (MavenExtra extra : spec.extras()) {
            switch (extra) {
                case SOURCES -> files.put(base + "-sources.jar", new ZipArchive()
                        .add(sourcePath(spec) + "About.java", "package " + javaPackage(spec) + ";\n\n/** " + spec.description()
                                + ". */\npublic final class About {\n    public static final String VERSION = \"" + version + "\";\n}\n")
                        .toBytes());
                case JAVADOC -> files.put(base + "-javadoc.jar", new ZipArchive()
                        .add("index.html", "<!DOCTYPE html><title>" + spec.artifactId() + " " + version + "</title><p>"
                                + spec.description() + "</p>\n").toBytes());
                case NATIVE_CLASSIFIER -> files.put(base + "-" + MavenExtra.NATIVE_PLATFORM + ".jar", new ZipArchive()
                        .add("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n\r\n")
                        .add("native/" + MavenExtra.NATIVE_PLATFORM + "/lib" + spec.artifactId() + ".so",
                                "stand-in native library of " + spec.artifactId() + " " + version + "\n").toBytes());
                case DISTRIBUTION_ZIP -> files.put(base + "-" + MavenExtra.DISTRIBUTION_CLASSIFIER + ".zip", new ZipArchive()
                        .add(base + "/bin/" + spec.artifactId(), "#!/bin/sh\necho '" + spec.artifactId() + " " + version + "'\n")
                        .add(base + "/README.txt", spec.description() + "\n").toBytes());
                case GRADLE_MODULE -> files.put(base + ".module", GradleModule.json(MavenSeed.GROUP_ID, spec.artifactId(),
                        version, base + ".jar", files.get(base + ".jar")));
            }
        }
        return Map.copyOf(files);
    }

    private static String javaPackage(MavenArtifactSpec spec) {
        return MavenSeed.GROUP_ID + "." + spec.artifactId().replace('-', '_');
    }

    private static String sourcePath(MavenArtifactSpec spec) {
        return javaPackage(spec).replace('.', '/') + "/";
    }

    static String pom(MavenArtifactSpec spec, String version) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<project xmlns=\"http://maven.apache.org/POM/4.0.0\" ")
                .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
                .append("xsi:schemaLocation=\"http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd\">\n")
                .append("  <modelVersion>4.0.0</modelVersion>\n");
        if (spec.parentVersion() != null) {
            xml.append("  <parent>\n")
                    .append("    <groupId>").append(MavenSeed.GROUP_ID).append("</groupId>\n")
                    .append("    <artifactId>").append(MavenSeed.PARENT_ARTIFACT).append("</artifactId>\n")
                    .append("    <version>").append(spec.parentVersion()).append("</version>\n")
                    .append("  </parent>\n");
        } else {
            xml.append("  <groupId>").append(MavenSeed.GROUP_ID).append("</groupId>\n");
        }
        if (spec.extras().contains(MavenExtra.GRADLE_MODULE)) {
            // The marker Gradle writes so that Gradle clients look for the .module file.
            xml.append("  <!-- do_not_remove: published-with-gradle-metadata -->\n");
        }
        xml.append("  <artifactId>").append(spec.artifactId()).append("</artifactId>\n")
                .append("  <version>").append(version).append("</version>\n")
                .append("  <packaging>").append(spec.pomOnly() ? "pom" : "jar").append("</packaging>\n")
                .append("  <name>").append(spec.artifactId()).append("</name>\n")
                .append("  <description>").append(spec.description()).append("</description>\n");
        if (!spec.managedDependencies().isEmpty()) {
            xml.append("  <dependencyManagement>\n");
            dependencies(xml, spec.managedDependencies(), "    ");
            xml.append("  </dependencyManagement>\n");
        }
        if (!spec.dependencies().isEmpty()) {
            dependencies(xml, spec.dependencies(), "  ");
        }
        return xml.append("</project>\n").toString();
    }

    private static void dependencies(StringBuilder xml, List<Dependency> dependencies, String indent) {
        xml.append(indent).append("<dependencies>\n");
        for (Dependency dependency : dependencies) {
            xml.append(indent).append("  <dependency>\n")
                    .append(indent).append("    <groupId>").append(MavenSeed.GROUP_ID).append("</groupId>\n")
                    .append(indent).append("    <artifactId>").append(dependency.artifactId()).append("</artifactId>\n");
            if (dependency.version() != null) {
                xml.append(indent).append("    <version>").append(dependency.version()).append("</version>\n");
            }
            xml.append(indent).append("  </dependency>\n");
        }
        xml.append(indent).append("</dependencies>\n");
    }

    private static byte[] jar(MavenArtifactSpec spec, String version, String pom) {
        String mavenDir = "META-INF/maven/" + MavenSeed.GROUP_ID + "/" + spec.artifactId() + "/";
        return new ZipArchive()
                .add("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nCreated-By: Packyard demo registry\r\n"
                        + "Implementation-Title: " + spec.artifactId() + "\r\nImplementation-Version: " + version + "\r\n\r\n")
                .add(mavenDir + "pom.xml", pom)
                .add(mavenDir + "pom.properties", "artifactId=" + spec.artifactId() + "\ngroupId=" + MavenSeed.GROUP_ID
                        + "\nversion=" + version + "\n")
                .add("dev/packyard/demo/" + spec.artifactId().replace('-', '_') + "/about.txt",
                        spec.artifactId() + " " + version + ": " + spec.description() + "\n")
                .toBytes();
    }
}
