package dev.packyard.formats.pypi.http;

import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.model.Asset;
import dev.packyard.model.OriginType;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.server.packages.PublishGuard;
import dev.packyard.service.error.AccessDeniedException;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.packages.NewVersion;
import dev.packyard.service.persistence.BlobStore;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * twine's upload (the legacy PyPI upload API): a multipart POST with {@code :action=file_upload}, the project's
 * name and version, the file as {@code content} and its {@code sha256_digest}. The first file of a version creates
 * it (after the publish checks); later files (a wheel after the sdist) are added to it.
 */
final class PypiUploader {
    private static final ObjectMapper JSON = SharedJson.MAPPER;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ServerContext context;
    private final PublishGuard guard;

    PypiUploader(ServerContext context, PublishGuard guard) {
        this.context = context;
        this.guard = guard;
    }

    void upload(Repository repository, Context ctx) throws IOException {
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
        String sha256 = Optional.ofNullable(ctx.formParam("sha256_digest")).map(String::trim).filter(s -> !s.isEmpty())
                .orElse(null);
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            throw new BadRequestException("sha256_digest must be 64 lowercase hexadecimal characters");
        }
        PackageCoordinate coordinate = PackageCoordinate.of(PackageFormat.PYPI, null, name);
        Optional<PackageVersion> existing = context.packageStore().findVersion(repository.id(), coordinate, version);
        if (existing.isPresent()) {
            addFile(repository, coordinate, existing.get(), filename, file, sha256);
            return;
        }
        PublishGuard.Clearance clearance = guard.check(repository, coordinate, version);
        Asset asset = store(repository, filename, file, sha256);
        context.packages().recordVersion(new NewVersion(repository.id(), coordinate, version, PackageVersionStatus.Published,
                PackageVersionOrigin.internal(repository.name()), context.clock().instant(), metadata(ctx, name),
                List.of(asset)));
        String requiresPython = Optional.ofNullable(ctx.formParam("requires_python")).orElse("");
        context.manifests().put(repository.id(), coordinate, version,
                JSON.writeValueAsString(Map.of("requires_python", requiresPython)));
        guard.recordUnchecked(repository, coordinate, version, clearance);
    }

    private void addFile(Repository repository, PackageCoordinate coordinate, PackageVersion existing, String filename,
                         UploadedFile file, String sha256) throws IOException {
        boolean publishBlocked = context.packageStore().findPackage(repository.id(), coordinate)
                .map(p -> !p.originRestrictions().publishAllowed()).orElse(false);
        if (publishBlocked) {
            throw new AccessDeniedException("Publishing " + coordinate.displayName() + " to repository " + repository.name()
                    + " is blocked by the package's origin configuration (publish=BLOCK): allow it with "
                    + "put-package-origin-configuration, or publish to another repository");
        }
        if (existing.origin().type() != OriginType.INTERNAL) {
            throw new ConflictException("Version " + existing.version() + " of " + coordinate.displayName() + " in "
                    + repository.name() + " came from upstream: files cannot be added to it; publish a new version",
                    existing.version(), ResourceType.PACKAGE_VERSION);
        }
        boolean sameName = context.packageStore().listAssets(repository.id(), coordinate, existing.version()).stream()
                .anyMatch(a -> a.name().equals(filename));
        if (sameName) {
            throw new ConflictException("File " + filename + " already exists in version " + existing.version() + " of "
                    + coordinate.displayName() + ": files cannot be replaced; publish a new version (twine --skip-existing "
                    + "skips files already uploaded)", filename, ResourceType.ASSET);
        }
        Asset asset = store(repository, filename, file, sha256);
        context.packages().addMissingAssets(repository.id(), coordinate, existing.version(), List.of(asset));
    }

    private Asset store(Repository repository, String filename, UploadedFile file, String sha256) throws IOException {
        try (InputStream in = file.content()) {
            return context.blobs().put(repository.domain(), filename, in, sha256);
        } catch (BlobStore.ContentMismatchException e) {
            throw new BadRequestException("The uploaded " + filename + " does not match its sha256_digest (" + e.getMessage()
                    + "); upload it again");
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
