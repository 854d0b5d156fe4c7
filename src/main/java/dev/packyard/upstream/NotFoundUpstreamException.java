package dev.packyard.upstream;

/** The registry answered and said the package or file does not exist (404 or 410). Never used for outages. */
public final class NotFoundUpstreamException extends UpstreamException {
    private final String url;

    public NotFoundUpstreamException(String url) {
        super("Not found upstream: " + url, null);
        this.url = url;
    }

    /** A 404 answered from memory: the message says when it was learnt. */
    public NotFoundUpstreamException(String url, String message) {
        super(message, null);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
