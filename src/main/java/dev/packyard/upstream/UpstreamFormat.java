package dev.packyard.upstream;

import dev.packyard.upstream.http.UpstreamHttp;
import dev.packyard.model.metadata.MetadataPolicy;
import java.util.function.BiFunction;

/** A format plug-in's side of the upstream layer: how its public registries are spoken to and their listings cached. */
public interface UpstreamFormat {
    /** The protocol client for a registry of this format at {@code baseUrl}. */
    RegistryClient client(String baseUrl, UpstreamHttp http);

    /** Whether this format's listings are synchronised in the background or refreshed lazily when they expire. */
    MetadataPolicy.Mode listings();

    static UpstreamFormat of(MetadataPolicy.Mode listings, BiFunction<String, UpstreamHttp, RegistryClient> clients) {
        return new UpstreamFormat() {
            @Override
            public RegistryClient client(String baseUrl, UpstreamHttp http) {
                return clients.apply(baseUrl, http);
            }

            @Override
            public MetadataPolicy.Mode listings() {
                return listings;
            }
        };
    }
}
