package dev.packyard.demo.common;

import java.util.Collection;

/** A control asked about a package the demo catalogue does not have. */
public final class UnknownPackageException extends IllegalArgumentException {
    public UnknownPackageException(String formatName, String name, Collection<String> known) {
        super("The demo " + formatName + " registry has no package named '" + name + "'; it has: " + String.join(", ", known));
    }
}
