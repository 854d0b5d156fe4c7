package dev.packyard.server;

import java.util.List;

/**
 * Where the server listens and the limits it holds every request to.
 *
 * @param bind                    the address to listen on; also a name the {@code Host} header may use
 * @param port                    the port to listen on, 0 for a free one
 * @param allowedHosts            further names clients may reach the server by ({@code NAME} at the listening port, or
 *                                {@code NAME:PORT} exactly, for a reverse proxy)
 * @param maxUploadBytes          the largest package file a client may upload (npm publish, twine, Maven deploy,
 *                                PublishPackageVersion)
 * @param maxJsonBodyBytes        the largest JSON body of any other control-plane request
 * @param maxUriLength            the longest request path and query
 * @param maxHeaderBytes          the largest request line plus headers
 * @param maxRequestsPerClient    how many requests one client may have in progress at once
 */
public record ServerSettings(String bind, int port, List<String> allowedHosts, long maxUploadBytes, long maxJsonBodyBytes,
                             int maxUriLength, int maxHeaderBytes, int maxRequestsPerClient) {
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 512L * 1024 * 1024;
    public static final long DEFAULT_MAX_JSON_BODY_BYTES = 1024 * 1024;
    public static final int DEFAULT_MAX_URI_LENGTH = 4096;
    public static final int DEFAULT_MAX_HEADER_BYTES = 16 * 1024;
    public static final int DEFAULT_MAX_REQUESTS_PER_CLIENT = 32;

    public ServerSettings {
        allowedHosts = List.copyOf(allowedHosts);
        if (maxUploadBytes <= 0 || maxJsonBodyBytes <= 0 || maxUriLength <= 0 || maxHeaderBytes <= 0
                || maxRequestsPerClient <= 0) {
            throw new IllegalArgumentException("Server limits must be positive");
        }
    }

    /** The defaults for listening on {@code bind:port}. */
    public static ServerSettings defaults(String bind, int port) {
        return new ServerSettings(bind, port, List.of(), DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_MAX_JSON_BODY_BYTES,
                DEFAULT_MAX_URI_LENGTH, DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_REQUESTS_PER_CLIENT);
    }

    public ServerSettings withAllowedHosts(List<String> names) {
        return new ServerSettings(bind, port, names, maxUploadBytes, maxJsonBodyBytes, maxUriLength, maxHeaderBytes,
                maxRequestsPerClient);
    }

    public ServerSettings withMaxUploadBytes(long bytes) {
        return new ServerSettings(bind, port, allowedHosts, bytes, maxJsonBodyBytes, maxUriLength, maxHeaderBytes,
                maxRequestsPerClient);
    }

    public ServerSettings withMaxRequestsPerClient(int requests) {
        return new ServerSettings(bind, port, allowedHosts, maxUploadBytes, maxJsonBodyBytes, maxUriLength, maxHeaderBytes,
                requests);
    }
}
