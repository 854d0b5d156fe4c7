package dev.packyard.server.packages.maven;

import dev.packyard.model.PackageCoordinate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The artifact-level maven-metadata.xml of the versions a repository offers. */
final class MavenMetadataXml {
    private static final DateTimeFormatter LAST_UPDATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private MavenMetadataXml() {
    }

    /** {@code versions} in Maven order, oldest first; {@code lastUpdated} the newest publish time known. */
    static byte[] render(PackageCoordinate coordinate, List<String> versions, Instant lastUpdated) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<metadata>\n");
        xml.append("  <groupId>").append(escape(coordinate.namespace())).append("</groupId>\n");
        xml.append("  <artifactId>").append(escape(coordinate.name())).append("</artifactId>\n");
        xml.append("  <versioning>\n");
        if (!versions.isEmpty()) {
            xml.append("    <latest>").append(escape(versions.get(versions.size() - 1))).append("</latest>\n");
        }
        versions.stream().filter(v -> !v.endsWith("-SNAPSHOT")).reduce((a, b) -> b)
                .ifPresent(release -> xml.append("    <release>").append(escape(release)).append("</release>\n"));
        xml.append("    <versions>\n");
        versions.forEach(v -> xml.append("      <version>").append(escape(v)).append("</version>\n"));
        xml.append("    </versions>\n");
        xml.append("    <lastUpdated>").append(LAST_UPDATED.format(lastUpdated)).append("</lastUpdated>\n");
        xml.append("  </versioning>\n</metadata>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
