package dev.packyard.service.events;

/** What an event reports as changed: CodeArtifact's {@code changes} and {@code operationType}. */
public record VersionChange(String operationType, int assetsAdded, int assetsRemoved, int assetsUpdated,
                            boolean metadataUpdated, boolean statusChanged) {
    public static VersionChange created(int assets) {
        return new VersionChange("Created", assets, 0, 0, true, true);
    }

    public static VersionChange statusChange() {
        return new VersionChange("Updated", 0, 0, 0, false, true);
    }

    public static VersionChange assetsAdded(int assets, boolean statusChanged) {
        return new VersionChange("Updated", assets, 0, 0, false, statusChanged);
    }

    public static VersionChange assetsRemoved(int assets) {
        return new VersionChange("Updated", 0, assets, 0, false, false);
    }

    public static VersionChange deleted(int assets) {
        return new VersionChange("Deleted", 0, assets, 0, false, true);
    }
}
