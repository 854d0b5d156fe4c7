package dev.packyard.application.publish;

import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.upstream.metadata.VersionCheck;

/** "Does the public registry behind this connection have this version?": the metadata cache's answer, never throwing. */
@FunctionalInterface
public interface PublicRegistryCheck {
    VersionCheck check(DomainId domain, ExternalConnection connection, PackageCoordinate coordinate, String version);
}
