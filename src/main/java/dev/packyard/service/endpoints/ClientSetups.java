package dev.packyard.service.endpoints;

import dev.packyard.model.PackageFormat;
import java.util.EnumMap;
import java.util.Map;

/** The installed format plug-ins' Connect-tab texts, in the formats' order. */
public final class ClientSetups {
    private final Map<PackageFormat, ClientSetup> setups;

    public ClientSetups(Map<PackageFormat, ClientSetup> setups) {
        this.setups = setups.isEmpty() ? Map.of() : new EnumMap<>(setups);
    }

    /** For a console without package-manager endpoints. */
    public static ClientSetups none() {
        return new ClientSetups(Map.of());
    }

    public Map<PackageFormat, ClientSetup> byFormat() {
        return setups.isEmpty() ? Map.of() : new EnumMap<>(setups);
    }
}
