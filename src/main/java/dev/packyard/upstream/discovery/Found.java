package dev.packyard.upstream.discovery;

/** A URL one source gave, with the words that name the source. */
public record Found(String url, String source) {
}
