package dev.packyard.app;

import dev.packyard.demo.DemoEndpoints;
import dev.packyard.model.ExternalConnection;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import java.util.ArrayList;
import java.util.List;

/** The offline demo's side of Packyard: every connection of a demo format points at the demo registry, plus sample data. */
final class DemoCatalog {
    static final String DOMAIN = "demo";

    private DemoCatalog() {
    }

    static List<DiscoveredEndpoint> endpoints(DemoEndpoints urls) {
        List<DiscoveredEndpoint> out = new ArrayList<>();
        for (ExternalConnection c : ExternalConnection.values()) {
            if (urls.bases().containsKey(c.format())) {
                out.add(DiscoveredEndpoint.found(c, urls.baseFor(c.format()).toString(), "the offline demo registry"));
            } else {
                out.add(DiscoveredEndpoint.none(c, "the offline demo has no " + c.format() + " registry"));
            }
        }
        return out;
    }

    /**
     * A first domain laid out the way CodeArtifact recommends: one store repository per public registry holding its
     * external connection, and an application repository that lists them as upstreams. Only on an empty catalogue.
     */
    static void seedIfEmpty(Backend backend) {
        if (!backend.catalog().domains().list(1, null).items().isEmpty()) {
            return;
        }
        backend.catalog().domains().create(DOMAIN);
        for (ExternalConnection c : List.of(ExternalConnection.NPMJS, ExternalConnection.PYPI, ExternalConnection.MAVEN_CENTRAL)) {
            backend.catalog().repositories().create(null, DOMAIN, c.suggestedStoreRepository(),
                    "Holds what is fetched from " + c.registryTitle() + " (the demo registry)", null);
            backend.catalog().repositories().associateExternalConnection(null, DOMAIN, c.suggestedStoreRepository(), c.connectionName());
        }
        backend.catalog().repositories().create(null, DOMAIN, "app", "Point npm, pip and Maven here",
                List.of(ExternalConnection.NPMJS.suggestedStoreRepository(), ExternalConnection.PYPI.suggestedStoreRepository(),
                        ExternalConnection.MAVEN_CENTRAL.suggestedStoreRepository()));
    }
}
