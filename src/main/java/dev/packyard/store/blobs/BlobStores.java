package dev.packyard.store.blobs;

import dev.packyard.service.persistence.BlobStore;
import dev.packyard.store.settings.BlobLocation;
import java.io.IOException;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Opens the blob store that {@link BlobLocation} names. */
public final class BlobStores {
    /** For an S3-compatible endpoint given without a region (S3Mock, MinIO): any name does, the SDK needs one. */
    private static final Region ENDPOINT_DEFAULT_REGION = Region.US_EAST_1;

    private BlobStores() {
    }

    /**
     * @param dataDirectoryBlobs the data directory's blob folder (for {@link BlobLocation.InDataDirectory})
     * @param spool the data directory's folder for uploads on their way to a remote store
     */
    public static BlobStore open(BlobLocation location, Path dataDirectoryBlobs, Path spool) throws IOException {
        if (location instanceof BlobLocation.S3 s3) {
            return new S3BlobStore(client(s3), s3.bucket(), s3.prefix(), spool, S3BlobStore.DEFAULT_MULTIPART_THRESHOLD);
        }
        if (location instanceof BlobLocation.Directory dir) {
            return new FileBlobStore(dir.path());
        }
        return new FileBlobStore(dataDirectoryBlobs);
    }

    /** An S3 client with the SDK's default credential chain (environment, profile, instance role...). */
    public static S3Client client(BlobLocation.S3 location) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .forcePathStyle(location.pathStyle())
                .region(location.region().map(Region::of).orElseGet(() -> defaultRegion(location)));
        location.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static Region defaultRegion(BlobLocation.S3 location) {
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (SdkException e) {
            if (location.endpoint().isPresent()) {
                return ENDPOINT_DEFAULT_REGION;
            }
            throw new IllegalArgumentException("No AWS region for bucket " + location.bucket()
                    + ": give --s3-region or set AWS_REGION", e);
        }
    }
}
