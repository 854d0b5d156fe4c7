package dev.packyard.testing;

import dev.packyard.app.Backend;
import dev.packyard.application.publish.GenericPublisher;
import dev.packyard.application.publish.PublicRegistryCheck;

/** Generic publishing on a backend without the fetch side: generic packages have no public registry to ask. */
public final class TestPublishing {
    private static final PublicRegistryCheck NO_REGISTRY = (domain, connection, coordinate, version) -> {
        throw new AssertionError("generic publishing asked the public registry behind " + connection.connectionName());
    };

    private TestPublishing() {
    }

    public static GenericPublisher generic(Backend backend) {
        return new GenericPublisher(backend.catalog().repositories(), backend.publishing().pipeline(NO_REGISTRY), backend.publishing().uploads());
    }
}
