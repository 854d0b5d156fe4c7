package dev.packyard.upstream.http;

import dev.packyard.upstream.AssetLocation;
import dev.packyard.upstream.AssetSink;
import dev.packyard.upstream.FetchedAsset;
import dev.packyard.upstream.ProgressListener;
import dev.packyard.upstream.RegistryClient;
import dev.packyard.upstream.UpstreamException;
import java.io.IOException;
import okhttp3.HttpUrl;

/**
 * What the clients of registries reached at one base URL have in common: the base names the client, assets download
 * relative to it and are checked against the listing's strongest hash, and the base itself answers the health probe.
 */
public abstract class HttpRegistryClient implements RegistryClient {
    protected final HttpUrl base;
    protected final UpstreamHttp http;

    protected HttpRegistryClient(HttpUrl base, UpstreamHttp http) {
        this.base = base;
        this.http = http;
    }

    @Override
    public String baseUrl() {
        return base.toString();
    }

    @Override
    public FetchedAsset download(AssetLocation location, ProgressListener progress, AssetSink sink)
            throws UpstreamException, IOException {
        return http.download(base, location, progress, sink);
    }

    @Override
    public void probe() throws UpstreamException {
        http.probe(base);
    }
}
