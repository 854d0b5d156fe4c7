package dev.packyard.upstream.discovery;

import java.util.Optional;
import okhttp3.HttpUrl;

/** Only http(s) URLs count as an answer; a source holding something else is passed over. */
public final class Urls {
    private Urls() {
    }

    public static Optional<String> http(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        String trimmed = candidate.trim();
        if ((trimmed.startsWith("\"") && trimmed.endsWith("\"")) || (trimmed.startsWith("'") && trimmed.endsWith("'"))) {
            trimmed = trimmed.substring(1, trimmed.length() - 1).trim();
        }
        HttpUrl url = HttpUrl.parse(trimmed);
        return url == null ? Optional.empty() : Optional.of(url.toString());
    }
}
