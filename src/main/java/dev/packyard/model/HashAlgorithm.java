package dev.packyard.model;

/** Hash algorithms recorded for every asset, with their CodeArtifact and JCA names. */
public enum HashAlgorithm {
    MD5("MD5", "MD5"),
    SHA1("SHA-1", "SHA-1"),
    SHA256("SHA-256", "SHA-256"),
    SHA512("SHA-512", "SHA-512");

    private final String wireName;
    private final String jcaName;

    HashAlgorithm(String wireName, String jcaName) {
        this.wireName = wireName;
        this.jcaName = jcaName;
    }

    public String wireName() {
        return wireName;
    }

    public String jcaName() {
        return jcaName;
    }
}
