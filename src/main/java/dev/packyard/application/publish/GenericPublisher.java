package dev.packyard.application.publish;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.packages.PackageLocator;
import dev.packyard.service.packages.PublishResult;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.validation.Fields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PublishPackageVersion for the generic format: one asset per call, its bytes checked against the SHA-256 the
 * client sent, then the publish pipeline. A version published with {@code unfinished} stays Unfinished and accepts
 * more assets; the first publish without it makes the version Published.
 */
public final class GenericPublisher {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ASSET_NAME = Pattern.compile("\\P{C}+");

    private final RepositoryService repositories;
    private final PublishPipeline pipeline;
    private final UploadSpool spool;

    public GenericPublisher(RepositoryService repositories, PublishPipeline pipeline, UploadSpool spool) {
        this.repositories = repositories;
        this.pipeline = pipeline;
        this.spool = spool;
    }

    /** The request's identifiers, checked before any byte of the body is read. */
    public record Request(String owner, String domain, String repository, String format, String namespace,
                          String packageName, String version, String assetName, boolean unfinished, String sha256) {
    }

    public PublishResult publish(Request request, InputStream body) {
        String formatName = Fields.required("format", request.format());
        if (Fields.format(formatName) != PackageFormat.GENERIC) {
            throw new ValidationException("PublishPackageVersion publishes generic packages only, not " + formatName
                    + ": publish " + formatName + " packages with their package manager");
        }
        PackageCoordinate coordinate = PackageLocator.coordinate(formatName, request.namespace(), request.packageName());
        String version = Fields.version(request.version());
        String assetName = Fields.required("asset", request.assetName());
        if (assetName.length() > 255 || !ASSET_NAME.matcher(assetName).matches()) {
            throw new ValidationException("Invalid asset name: use 1-255 characters without control characters");
        }
        String sha256 = Fields.required("x-amz-content-sha256", request.sha256());
        if (!SHA256.matcher(sha256).matches()) {
            throw new ValidationException("Invalid x-amz-content-sha256 header: give the SHA-256 of the asset as 64 "
                    + "lowercase hexadecimal characters");
        }
        Repository repository = repositories.require(request.owner(), request.domain(), request.repository());
        SpooledAsset asset = receive(assetName, body);
        if (!asset.sha256().equals(sha256)) {
            asset.discard();
            throw new ValidationException("The asset's content does not match x-amz-content-sha256: its SHA-256 is "
                    + asset.sha256() + " but " + sha256 + " was sent; nothing was stored. Send the SHA-256 of exactly the "
                    + "bytes in the request body");
        }
        PublishOutcome outcome = pipeline.publish(new PublishRequest(repository, coordinate, version, List.of(asset),
                Optional.empty(), VersionMetadata.EMPTY, PublishOptions.generic(request.unfinished())));
        return new PublishResult(outcome.version(), outcome.assets().get(0));
    }

    private SpooledAsset receive(String assetName, InputStream body) {
        try {
            return spool.receive(assetName, body);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive asset " + assetName, e);
        }
    }
}
