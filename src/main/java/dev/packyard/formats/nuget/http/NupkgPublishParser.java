package dev.packyard.formats.nuget.http;

import dev.packyard.application.publish.PublishOptions;
import dev.packyard.application.publish.PublishRequest;
import dev.packyard.application.publish.SpooledAsset;
import dev.packyard.application.publish.UploadSpool;
import dev.packyard.application.publish.WhenVersionExists;
import dev.packyard.formats.nuget.NugetVersion;
import dev.packyard.formats.nuget.manifest.CatalogEntries;
import dev.packyard.formats.nuget.manifest.NupkgArchive;
import dev.packyard.formats.nuget.manifest.Nuspec;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.model.SharedJson;
import dev.packyard.model.VersionMetadata;
import dev.packyard.server.packages.BadRequestException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code dotnet nuget push} / {@code nuget push} as a publish request: a PUT of multipart form data whose one file
 * part is the .nupkg (a plain body is taken too). The package is spooled and hashed first; its .nuspec then names
 * the id and version, normalised as NuGet does, and the stored file is {@code id.version.nupkg} in lower case.
 * A version is published whole and once (409 when it exists, here, upstream or in the public gallery).
 */
final class NupkgPublishParser {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}");

    private final UploadSpool spool;

    NupkgPublishParser(UploadSpool spool) {
        this.spool = spool;
    }

    PublishRequest request(Repository repository, Context ctx) throws IOException {
        SpooledAsset received = receive(ctx);
        try {
            Nuspec nuspec;
            try (InputStream in = Files.newInputStream(received.file())) {
                nuspec = NupkgArchive.nuspec(in);
            } catch (IOException e) {
                throw new BadRequestException("The pushed file is not a usable .nupkg: " + e.getMessage());
            }
            if (!ID.matcher(nuspec.id()).matches()) {
                throw new BadRequestException("'" + nuspec.id() + "' is not a NuGet package id (letters, digits, '.', '_' and '-', "
                        + "at most 100 characters)");
            }
            String version = NugetVersion.parse(nuspec.version()).map(NugetVersion::normalised).orElseThrow(() ->
                    new BadRequestException("The .nuspec's version '" + nuspec.version() + "' is not a NuGet version"));
            PackageCoordinate coordinate = PackageCoordinate.of(PackageFormat.NUGET, null, nuspec.id());
            SpooledAsset named = new SpooledAsset(NugetDocuments.fileName(coordinate.name(), version, ".nupkg"),
                    received.file(), received.size(), received.hashes());
            String manifest = SharedJson.MAPPER.writeValueAsString(CatalogEntries.of(nuspec, version));
            return new PublishRequest(repository, coordinate, version, List.of(named), Optional.of(manifest), metadata(nuspec),
                    new PublishOptions(PackageVersionStatus.Published, WhenVersionExists.REFUSE, false, false, Optional.empty()));
        } catch (RuntimeException | IOException e) {
            received.discard();
            throw e;
        }
    }

    private SpooledAsset receive(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("multipart/")) {
            List<UploadedFile> files;
            try {
                files = ctx.uploadedFiles();
            } catch (Exception e) {
                // Jetty reports a body that is not multipart as it claims as a failure of the request itself.
                throw new BadRequestException("The push is not readable multipart form data (" + rootMessage(e)
                        + "): send the .nupkg as the one file part, as dotnet nuget push does");
            }
            if (files.isEmpty()) {
                throw new BadRequestException("The push has no file part: send the .nupkg as multipart form data");
            }
            try (InputStream in = files.get(0).content()) {
                return spool.receive("push.nupkg", in);
            }
        }
        try (InputStream in = ctx.bodyInputStream()) {
            return spool.receive("push.nupkg", in);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static VersionMetadata metadata(Nuspec nuspec) {
        List<VersionMetadata.License> licenses = nuspec.licenseExpression() == null && nuspec.licenseUrl() == null ? List.of()
                : List.of(new VersionMetadata.License(nuspec.licenseExpression(), nuspec.licenseUrl()));
        return new VersionMetadata(nuspec.title() != null ? nuspec.title() : nuspec.id(),
                nuspec.summary() != null ? nuspec.summary() : nuspec.description(), nuspec.projectUrl(), nuspec.repositoryUrl(),
                licenses);
    }
}
