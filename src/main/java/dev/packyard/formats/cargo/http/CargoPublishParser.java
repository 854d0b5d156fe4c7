package dev.packyard.formats.cargo.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.application.publish.PublishOptions;
import dev.packyard.application.publish.PublishRequest;
import dev.packyard.application.publish.SpooledAsset;
import dev.packyard.application.publish.UploadSpool;
import dev.packyard.application.publish.WhenVersionExists;
import dev.packyard.formats.cargo.index.IndexFile;
import dev.packyard.formats.cargo.index.IndexPath;
import dev.packyard.formats.cargo.upstream.CrateFiles;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.model.SharedJson;
import dev.packyard.model.VersionMetadata;
import dev.packyard.server.packages.BadRequestException;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code cargo publish} as a publish request. The body is the web API's: a little-endian 32-bit length and the
 * JSON metadata, then a length and the {@code .crate} file, which streams into the upload spool. The version's
 * manifest is its index line (deps renamed as the index names them, features, links, rust_version), served back
 * in the crate's index file.
 */
final class CargoPublishParser {
    /** Cargo's metadata is a few kilobytes; a far larger length is a broken or hostile body, refused before reading it. */
    private static final int MAX_METADATA_BYTES = 4 * 1024 * 1024;
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private final UploadSpool spool;

    CargoPublishParser(UploadSpool spool) {
        this.spool = spool;
    }

    PublishRequest request(Repository repository, InputStream body) throws IOException {
        DataInputStream in = new DataInputStream(body);
        long metadataLength = length(in, "metadata");
        if (metadataLength > MAX_METADATA_BYTES) {
            throw new BadRequestException("The publish metadata claims " + metadataLength + " bytes; Cargo sends a few "
                    + "kilobytes. Publish with cargo publish");
        }
        byte[] metadataBytes = new byte[(int) metadataLength];
        readFully(in, metadataBytes);
        JsonNode metadata;
        try {
            metadata = SharedJson.MAPPER.readTree(metadataBytes);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BadRequestException("The publish metadata is not JSON (" + e.getOriginalMessage() + "): publish with cargo publish");
        }
        String name = metadata.path("name").asText("");
        String version = metadata.path("vers").asText("");
        if (!IndexPath.validName(name)) {
            throw new BadRequestException("'" + name + "' is not a crate name: ASCII letters, digits, '-' and '_', starting "
                    + "with a letter, at most 64 characters");
        }
        if (!SEMVER.matcher(version).matches()) {
            throw new BadRequestException("'" + version + "' is not a SemVer version (MAJOR.MINOR.PATCH[-PRE][+BUILD])");
        }
        long crateLength = length(in, "crate file");
        if (crateLength == 0) {
            throw new BadRequestException("The crate file of " + name + " " + version + " is empty");
        }
        SpooledAsset crate = spool.receive(CrateFiles.assetName(name, version), new ExactLength(in, crateLength));
        PackageCoordinate coordinate = PackageCoordinate.of(PackageFormat.CARGO, null, name.toLowerCase(Locale.ROOT));
        ObjectNode line = indexLine(metadata, name, version, crate.sha256());
        PublishOptions options = new PublishOptions(PackageVersionStatus.Published, WhenVersionExists.REFUSE, false, false,
                Optional.empty());
        return new PublishRequest(repository, coordinate, version, List.of(crate), Optional.of(IndexFile.write(line).trim()),
                metadata(metadata), options);
    }

    /** The index line the registry serves for this version, built from what cargo publish sent. */
    static ObjectNode indexLine(JsonNode metadata, String name, String version, String sha256) {
        ObjectNode line = SharedJson.MAPPER.createObjectNode();
        line.put("name", name);
        line.put("vers", version);
        ArrayNode deps = line.putArray("deps");
        for (JsonNode dep : metadata.path("deps")) {
            ObjectNode d = deps.addObject();
            String crate = dep.path("name").asText();
            JsonNode renamed = dep.get("explicit_name_in_toml");
            boolean isRenamed = renamed != null && renamed.isTextual();
            d.put("name", isRenamed ? renamed.asText() : crate);
            d.put("req", dep.path("version_req").asText("*"));
            d.set("features", dep.path("features").isArray() ? dep.get("features") : SharedJson.MAPPER.createArrayNode());
            d.put("optional", dep.path("optional").asBoolean(false));
            d.put("default_features", dep.path("default_features").asBoolean(true));
            d.set("target", textOrNull(dep.get("target")));
            d.put("kind", dep.path("kind").asText("normal"));
            if (dep.path("registry").isTextual()) {
                d.put("registry", dep.get("registry").asText());
            }
            if (isRenamed) {
                d.put("package", crate);
            }
        }
        line.put("cksum", sha256);
        line.set("features", metadata.path("features").isObject() ? metadata.get("features") : SharedJson.MAPPER.createObjectNode());
        line.put("yanked", false);
        line.set("links", textOrNull(metadata.get("links")));
        if (metadata.path("rust_version").isTextual()) {
            line.put("rust_version", metadata.get("rust_version").asText());
        }
        return line;
    }

    private static VersionMetadata metadata(JsonNode metadata) {
        String license = metadata.path("license").asText(null);
        return new VersionMetadata(metadata.path("name").asText(null), metadata.path("description").asText(null),
                metadata.path("homepage").asText(null), metadata.path("repository").asText(null),
                license == null || license.isBlank() ? List.of() : List.of(new VersionMetadata.License(license, null)));
    }

    private static JsonNode textOrNull(JsonNode node) {
        return node != null && node.isTextual() ? node : SharedJson.MAPPER.nullNode();
    }

    private static long length(DataInputStream in, String what) throws IOException {
        byte[] le = new byte[4];
        try {
            in.readFully(le);
        } catch (EOFException e) {
            throw new BadRequestException("The publish body ended before the length of its " + what + ": it is not what "
                    + "cargo publish sends");
        }
        return (le[0] & 0xffL) | (le[1] & 0xffL) << 8 | (le[2] & 0xffL) << 16 | (le[3] & 0xffL) << 24;
    }

    private static void readFully(DataInputStream in, byte[] into) throws IOException {
        try {
            in.readFully(into);
        } catch (EOFException e) {
            throw new BadRequestException("The publish body ended early: it is not what cargo publish sends");
        }
    }

    /** Exactly {@code length} bytes of the body, and a clear error if it ends before them. */
    private static final class ExactLength extends InputStream {
        private final InputStream in;
        private long remaining;

        ExactLength(InputStream in, long length) {
            this.in = in;
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining == 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n < 0) {
                throw new BadRequestException("The publish body ended " + remaining + " bytes before the end of its crate file");
            }
            remaining -= n;
            return n;
        }
    }
}
