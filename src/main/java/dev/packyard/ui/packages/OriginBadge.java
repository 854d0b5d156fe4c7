package dev.packyard.ui.packages;

import dev.packyard.model.OriginType;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.Repository;

/** Where a version came from, seen from the repository shown: published here, fetched here, or via an upstream. */
public enum OriginBadge {
    INTERNAL("internal"),
    EXTERNAL("external"),
    UPSTREAM("upstream"),
    UNKNOWN("unknown");

    private final String label;

    OriginBadge(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static OriginBadge of(PackageVersionOrigin origin, Repository shown) {
        if (origin.type() == OriginType.INTERNAL) {
            return shown.name().equals(origin.repositoryName()) ? INTERNAL : UPSTREAM;
        }
        if (origin.type() == OriginType.EXTERNAL) {
            boolean ownConnection = shown.externalConnection()
                    .filter(c -> c.connectionName().equals(origin.externalConnectionName())).isPresent();
            return ownConnection ? EXTERNAL : UPSTREAM;
        }
        return UNKNOWN;
    }

    /** A sentence for the badge's tooltip. */
    public static String explain(PackageVersionOrigin origin) {
        return switch (origin.type()) {
            case INTERNAL -> "Published to " + origin.repositoryName();
            case EXTERNAL -> "Fetched through " + origin.externalConnectionName();
            case UNKNOWN -> "Origin not recorded";
        };
    }
}
