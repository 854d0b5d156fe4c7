package dev.packyard.upstream.discovery;

/** A URL one source gave, with the words that name the source. */
record Found(String url, String source) {
}
