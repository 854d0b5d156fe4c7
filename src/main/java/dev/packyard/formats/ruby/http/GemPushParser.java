package dev.packyard.formats.ruby.http;

import dev.packyard.application.publish.PublishOptions;
import dev.packyard.application.publish.PublishRequest;
import dev.packyard.application.publish.SpooledAsset;
import dev.packyard.application.publish.UploadSpool;
import dev.packyard.formats.ruby.gem.GemArchive;
import dev.packyard.formats.ruby.gem.GemManifest;
import dev.packyard.formats.ruby.gem.GemSpec;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.service.packages.HeldPackages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code gem push}: the body is the .gem itself. It is spooled first (hashed as it arrives), then its gemspec is read
 * from the spooled file; name, version and platform come from there, never from the request. A version takes one
 * .gem per platform, each pushed on its own; the version's manifest lists them all.
 */
final class GemPushParser {
    private final UploadSpool spool;
    private final HeldPackages manifests;

    GemPushParser(UploadSpool spool, HeldPackages manifests) {
        this.spool = spool;
        this.manifests = manifests;
    }

    record Push(PublishRequest request, GemSpec spec, Optional<String> previousManifest) {
    }

    Push read(Repository repository, InputStream body) throws IOException {
        SpooledAsset received = spool.receive("pushed.gem", body);
        GemSpec spec;
        try (InputStream in = Files.newInputStream(received.file())) {
            spec = GemArchive.read(in);
        } catch (IllegalArgumentException | IOException e) {
            received.discard();
            throw new BadRequestException("The pushed file is not a gem Packyard can read: " + e.getMessage());
        }
        if (received.size() == 0) {
            received.discard();
            throw new BadRequestException("The push has no body; send the .gem file (gem push NAME-VERSION.gem)");
        }
        PackageCoordinate coordinate = PackageCoordinate.of(PackageFormat.RUBY, null, spec.name());
        SpooledAsset named = new SpooledAsset(spec.fileName(), received.file(), received.size(), received.hashes());
        Optional<String> previous = manifests.manifest(repository.id(), coordinate, spec.version());
        Map<String, GemSpec> gems = new LinkedHashMap<>(previous.map(GemManifest::read).orElse(Map.of()));
        gems.put(spec.fileName(), spec);
        VersionMetadata metadata = new VersionMetadata(spec.name(), spec.summary(), spec.homepage(), null,
                spec.licenses().stream().map(l -> new VersionMetadata.License(l, null)).toList());
        PublishRequest request = new PublishRequest(repository, coordinate, spec.version(), List.of(named),
                Optional.of(GemManifest.write(gems)), metadata, PublishOptions.pypi());
        return new Push(request, spec, previous);
    }
}
