package dev.packyard.service.settings;

import java.util.Arrays;
import java.util.Optional;

/** How long Packyard's simulated CodeArtifact delays last (persistence latency, metadata-cache lifetimes). */
public enum TimingProfile {
    /** CodeArtifact's own figures: about 3 minutes to persist, 10 minutes / 3 hours metadata lifetimes. */
    CODEARTIFACT("codeartifact"),
    /** No artificial delays. */
    IMMEDIATE("immediate");

    private final String optionName;

    TimingProfile(String optionName) {
        this.optionName = optionName;
    }

    public String optionName() {
        return optionName;
    }

    public static Optional<TimingProfile> byOptionName(String name) {
        return Arrays.stream(values()).filter(p -> p.optionName.equals(name)).findFirst();
    }
}
