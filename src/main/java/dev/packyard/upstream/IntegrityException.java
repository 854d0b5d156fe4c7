package dev.packyard.upstream;

import dev.packyard.model.HashAlgorithm;

/** The downloaded bytes do not hash to what the registry promised; nothing of the download was kept. */
public final class IntegrityException extends UpstreamException {
    private final HashAlgorithm algorithm;
    private final String expected;
    private final String actual;

    public IntegrityException(String url, HashAlgorithm algorithm, String expected, String actual) {
        super("Integrity check failed for " + url + ": " + algorithm.wireName() + " expected " + expected + " but the download has "
                + actual + "; the file was discarded", null);
        this.algorithm = algorithm;
        this.expected = expected;
        this.actual = actual;
    }

    public HashAlgorithm algorithm() {
        return algorithm;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
