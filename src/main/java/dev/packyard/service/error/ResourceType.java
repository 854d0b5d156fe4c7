package dev.packyard.service.error;

/** CodeArtifact's ResourceType values, reported with conflict, not-found and quota errors. */
public enum ResourceType {
    DOMAIN("domain"),
    REPOSITORY("repository"),
    PACKAGE("package"),
    PACKAGE_VERSION("package-version"),
    ASSET("asset");

    private final String wireName;

    ResourceType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
