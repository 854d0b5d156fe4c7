package dev.packyard.formats.npm.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.application.publish.PublishOptions;
import dev.packyard.application.publish.PublishRequest;
import dev.packyard.application.publish.SpooledAsset;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.server.packages.BadRequestException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code npm publish} as a publish request: the package document carries one new version, its manifest, the tags
 * to move ({@code --tag}, latest by default) and the tarball (already spooled), which must match the integrity npm
 * computed. The stored manifest drops the tarball URL (it is rendered per endpoint) and the readme.
 */
final class NpmPublishParser {
    private final ObjectMapper json;

    NpmPublishParser(ObjectMapper json) {
        this.json = json;
    }

    PublishRequest request(Repository repository, PackageCoordinate coordinate, NpmUpload upload) {
        ObjectNode doc = upload.document();
        String fullName = NpmPath.fullName(coordinate);
        if (!fullName.equals(doc.path("name").asText())) {
            throw new BadRequestException("The document's name '" + doc.path("name").asText()
                    + "' does not match the package in the URL, " + fullName);
        }
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
        SpooledAsset tarball = upload.tarball().map(NpmUpload.Attachment::file).orElseThrow(() ->
                new BadRequestException("The tarball attachment of " + fullName + " " + version + " has no data"));
        if (tarball.size() == 0) {
            throw new BadRequestException("The tarball attachment of " + fullName + " " + version + " is empty");
        }
        verify(manifest.path("dist"), tarball, fullName, version);
        SpooledAsset named = new SpooledAsset(coordinate.name() + "-" + version + ".tgz", tarball.file(), tarball.size(),
                tarball.hashes());
        return new PublishRequest(repository, coordinate, version, List.of(named), Optional.of(storedManifest(manifest)),
                metadata(manifest), PublishOptions.npm(requestedTags(doc, version)));
    }

    private String storedManifest(ObjectNode manifest) {
        ObjectNode stored = manifest.deepCopy();
        if (stored.get("dist") instanceof ObjectNode dist) {
            dist.remove("tarball");
        }
        stored.remove("readme");
        try {
            return json.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
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

    private static void verify(JsonNode dist, SpooledAsset tarball, String name, String version) {
        String integrity = dist.path("integrity").asText("");
        if (integrity.startsWith("sha512-")) {
            String actual = "sha512-" + Base64.getEncoder().encodeToString(
                    HexFormat.of().parseHex(tarball.hashes().get(HashAlgorithm.SHA512)));
            if (!actual.equals(integrity)) {
                throw new BadRequestException("The tarball of " + name + " " + version + " does not match its dist.integrity "
                        + "(" + integrity + "); publish again");
            }
        }
        String shasum = dist.path("shasum").asText("");
        if (!shasum.isEmpty() && !tarball.hashes().get(HashAlgorithm.SHA1).equals(shasum)) {
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
}
