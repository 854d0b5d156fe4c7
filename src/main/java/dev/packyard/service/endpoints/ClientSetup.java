package dev.packyard.service.endpoints;

import dev.packyard.model.PackageCoordinate;
import java.util.Optional;
import java.util.List;

/** A format plug-in's text for the console's Connect tab: how its package managers are pointed at a repository. */
public interface ClientSetup {
    /** The heading above the snippet, e.g. "Maven (~/.m2/settings.xml)". */
    String title();

    /** A short name that stays the same across releases, e.g. "pip"; the console names the snippet after it. */
    String id();

    /** The tools {@code aws codeartifact login --tool} configures for this format, in the order to show them. */
    List<String> loginTools();

    /** The commands or configuration to paste. */
    String snippet(ClientSetupRequest request);

    /**
     * The package manager's command that installs exactly this version from the repository it was pointed at, as the
     * version pane offers it ("npm install @demo/greeter@1.0.0"); empty when the format has no such one-liner.
     */
    default Optional<String> installCommand(PackageCoordinate coordinate, String version) {
        return Optional.empty();
    }
}
