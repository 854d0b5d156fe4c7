package dev.packyard.demo.common;

/**
 * A request to one format's registry: {@code path} is what follows the format's base URL, still
 * percent-encoded (npm clients send scoped names as {@code @scope%2fname}); {@code baseUrl} ends with '/'.
 */
public record DemoRequest(String path, String accept, String baseUrl) {
    public DemoRequest {
        accept = accept == null ? "" : accept;
    }

    public boolean accepts(String mediaType) {
        return accept.contains(mediaType);
    }
}
