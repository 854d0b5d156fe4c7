package dev.packyard.formats.npm.http;

import dev.packyard.model.SharedJson;
import dev.packyard.model.Hashes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.server.packages.PublishGuard;
import dev.packyard.service.packages.NewVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code npm publish}: a PUT of the package document with one new version and its tarball base64-encoded in
 * {@code _attachments}. The tarball is checked against the integrity npm computed, stored, and the version is
 * recorded as published here (origin INTERNAL) with its manifest; the tags npm names (only the {@code --tag} given,
 * latest by default) move to it, and the package's first version also becomes latest.
 */
final class NpmPublisher {
    private static final ObjectMapper JSON = SharedJson.MAPPER;

    private final ServerContext context;
    private final PublishGuard guard;

    NpmPublisher(ServerContext context, PublishGuard guard) {
        this.context = context;
        this.guard = guard;
    }

    String publish(Repository repository, PackageCoordinate coordinate, JsonNode doc) throws IOException {
        String fullName = NpmPath.fullName(coordinate);
        if (doc == null || !fullName.equals(doc.path("name").asText())) {
            throw new BadRequestException("The document's name '" + (doc == null ? "" : doc.path("name").asText())
                    + "' does not match the package in the URL, " + fullName);
        }
        JsonNode attachments = doc.path("_attachments");
        JsonNode versions = doc.path("versions");
        if (!versions.isObject() || versions.size() != 1) {
            throw new BadRequestException("A publish must carry exactly one version in 'versions'");
        }
        Iterator<Map.Entry<String, JsonNode>> only = versions.properties().iterator();
        Map.Entry<String, JsonNode> entry = only.next();
        String version = entry.getKey();
        if (!(entry.getValue() instanceof ObjectNode manifest)) {
            throw new BadRequestException("The manifest of version " + version + " is not a JSON object");
        }
        Map.Entry<String, JsonNode> attachment = attachments.properties().iterator().next();
        byte[] tarball;
        try {
            tarball = Base64.getDecoder().decode(attachment.getValue().path("data").asText(""));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The tarball attachment is not valid base64: " + e.getMessage());
        }
        if (tarball.length == 0) {
            throw new BadRequestException("The tarball attachment of " + fullName + " " + version + " is empty");
        }
        verify(manifest.path("dist"), tarball, fullName, version);

        PublishGuard.Clearance clearance = guard.check(repository, coordinate, version);
        String fileName = coordinate.name() + "-" + version + ".tgz";
        Asset asset = context.blobs().put(repository.domain(), fileName, new ByteArrayInputStream(tarball), null);
        ObjectNode stored = manifest.deepCopy();
        if (stored.get("dist") instanceof ObjectNode dist) {
            dist.remove("tarball");
        }
        stored.remove("readme");
        context.packages().recordVersion(new NewVersion(repository.id(), coordinate, version, PackageVersionStatus.Published,
                PackageVersionOrigin.internal(repository.name()), context.clock().instant(), metadata(manifest), List.of(asset)));
        context.manifests().put(repository.id(), coordinate, version, JSON.writeValueAsString(stored));
        context.distTags().published(repository, coordinate, version, requestedTags(doc, version));
        guard.recordUnchecked(repository, coordinate, version, clearance);
        return fullName + "@" + version;
    }

    /** The tags npm asks for: {@code dist-tags} names the new version under the --tag given (latest by default). */
    private static List<String> requestedTags(JsonNode doc, String version) {
        List<String> tags = new ArrayList<>();
        doc.path("dist-tags").properties().forEach(e -> {
            if (version.equals(e.getValue().asText())) {
                tags.add(e.getKey());
            }
        });
        return tags;
    }

    private static void verify(JsonNode dist, byte[] tarball, String name, String version) {
        String integrity = dist.path("integrity").asText("");
        if (integrity.startsWith("sha512-")) {
            String actual = "sha512-" + Base64.getEncoder().encodeToString(digest("SHA-512", tarball));
            if (!actual.equals(integrity)) {
                throw new BadRequestException("The tarball of " + name + " " + version + " does not match its dist.integrity "
                        + "(" + integrity + "); publish again");
            }
        }
        String shasum = dist.path("shasum").asText("");
        if (!shasum.isEmpty() && !HexFormat.of().formatHex(digest("SHA-1", tarball)).equals(shasum)) {
            throw new BadRequestException("The tarball of " + name + " " + version + " does not match its dist.shasum; publish again");
        }
    }

    private static VersionMetadata metadata(JsonNode manifest) {
        String license = manifest.path("license").isTextual() ? manifest.path("license").asText() : null;
        JsonNode repo = manifest.path("repository");
        String source = repo.isTextual() ? repo.asText() : repo.path("url").asText(null);
        return new VersionMetadata(manifest.path("name").asText(null),
                manifest.path("description").asText(null), manifest.path("homepage").asText(null), source,
                license == null ? List.of() : List.of(new VersionMetadata.License(license, null)));
    }

    private static byte[] digest(String algorithm, byte[] data) {
        return Hashes.of(algorithm, data);
    }
}
