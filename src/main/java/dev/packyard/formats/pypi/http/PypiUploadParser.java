package dev.packyard.formats.pypi.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.application.publish.PublishOptions;
import dev.packyard.application.publish.PublishRequest;
import dev.packyard.application.publish.SpooledAsset;
import dev.packyard.application.publish.UploadSpool;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.server.packages.BadRequestException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * twine's upload (the legacy PyPI upload API) as a publish request: a multipart POST with {@code :action=file_upload},
 * the project's name and version, the file as {@code content} and its {@code sha256_digest}. Jetty keeps the parts on
 * disk (see the server's multipart settings); the file is streamed from there into the upload spool and checked
 * against its digest. The first file of a version creates it; later files (a wheel after the sdist) are added to it.
 */
final class PypiUploadParser {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ObjectMapper json;
    private final UploadSpool spool;

    PypiUploadParser(ObjectMapper json, UploadSpool spool) {
        this.json = json;
        this.spool = spool;
    }

    PublishRequest request(Repository repository, Context ctx) throws IOException {
        String action = ctx.formParam(":action");
        if (!"file_upload".equals(action)) {
            throw new BadRequestException("Only ':action=file_upload' (twine upload) is supported, not '" + action + "'");
        }
        String name = required(ctx, "name");
        String version = required(ctx, "version");
        UploadedFile file = ctx.uploadedFile("content");
        if (file == null) {
            throw new BadRequestException("The upload has no file in the 'content' field");
        }
        String filename = file.filename();
        if (filename == null || filename.isBlank() || filename.contains("/") || filename.contains("\\")) {
            throw new BadRequestException("The uploaded file needs a plain file name, not '" + filename + "'");
        }
        Optional<String> sha256 = Optional.ofNullable(ctx.formParam("sha256_digest")).map(String::trim).filter(s -> !s.isEmpty());
        if (sha256.isPresent() && !SHA256.matcher(sha256.get()).matches()) {
            throw new BadRequestException("sha256_digest must be 64 lowercase hexadecimal characters");
        }
        SpooledAsset received;
        try (InputStream in = file.content()) {
            received = spool.receive(filename, in);
        }
        if (sha256.isPresent() && !sha256.get().equals(received.sha256())) {
            received.discard();
            throw new BadRequestException("The uploaded " + filename + " does not match its sha256_digest (its SHA-256 is "
                    + received.sha256() + "); upload it again");
        }
        PackageCoordinate coordinate = PackageCoordinate.of(PackageFormat.PYPI, null, name);
        String requiresPython = Optional.ofNullable(ctx.formParam("requires_python")).orElse("");
        return new PublishRequest(repository, coordinate, version, List.of(received),
                Optional.of(manifest(requiresPython)), metadata(ctx, name), PublishOptions.pypi());
    }

    private String manifest(String requiresPython) {
        try {
            return json.writeValueAsString(Map.of("requires_python", requiresPython));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings always serialises", e);
        }
    }

    private static VersionMetadata metadata(Context ctx, String name) {
        String license = ctx.formParam("license");
        return new VersionMetadata(name, blankToNull(ctx.formParam("summary")), blankToNull(ctx.formParam("home_page")),
                null, license == null || license.isBlank() ? List.of() : List.of(new VersionMetadata.License(license, null)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String required(Context ctx, String field) {
        String value = ctx.formParam(field);
        if (value == null || value.isBlank()) {
            throw new BadRequestException("The upload has no '" + field + "' field");
        }
        return value.trim();
    }
}
