package dev.packyard.formats.npm.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * package.json's {@code repository} as a browsable address: the string or the object's {@code url}, without npm's
 * {@code git+} prefix, with the {@code owner/repo} and {@code github:owner/repo} shorthands spelled out.
 */
final class NpmRepositoryUrl {
    private static final Pattern SHORTHAND = Pattern.compile("(github:)?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

    private NpmRepositoryUrl() {
    }

    static String of(JsonNode repository) {
        if (repository == null) {
            return null;
        }
        String url = repository.isTextual() ? repository.asText()
                : repository.path("url").isTextual() ? repository.path("url").asText() : null;
        if (url == null || url.isBlank()) {
            return null;
        }
        url = url.trim();
        if (SHORTHAND.matcher(url).matches()) {
            return "https://github.com/" + url.substring(url.startsWith("github:") ? "github:".length() : 0) + ".git";
        }
        return url.startsWith("git+") ? url.substring("git+".length()) : url;
    }
}
