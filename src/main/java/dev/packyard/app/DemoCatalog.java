package dev.packyard.app;

import dev.packyard.demo.DemoEndpoints;
import dev.packyard.model.ExternalConnection;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import java.util.ArrayList;
import java.util.List;

/** The offline demo's side of Packyard: every connection of a demo format points at the demo registry, plus sample data. */
final class DemoCatalog {
    static final String DOMAIN = "demo";
    /** The external connections the demo domain holds, each in its own store repository that {@code app} lists. */
    private static final List<ExternalConnection> STORES = List.of(ExternalConnection.NPMJS, ExternalConnection.PYPI,
            ExternalConnection.MAVEN_CENTRAL, ExternalConnection.CRATES_IO, ExternalConnection.RUBY_GEMS_ORG,
            ExternalConnection.NUGET_ORG);

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
        for (ExternalConnection c : STORES) {
            backend.catalog().repositories().create(null, DOMAIN, c.suggestedStoreRepository(),
                    "Holds what is fetched from " + c.registryTitle() + " (the demo registry)", null);
            backend.catalog().repositories().associateExternalConnection(null, DOMAIN, c.suggestedStoreRepository(), c.connectionName());
        }
        backend.catalog().repositories().create(null, DOMAIN, "app", "Point npm, pip, Maven, Cargo, Bundler and NuGet here",
                STORES.stream().map(ExternalConnection::suggestedStoreRepository).toList());
    }
}
