package dev.packyard.service.error;

import dev.packyard.model.ExplainedFailure;

/** Nothing reachable from the repository has the package, version or file: the package manager's 404. */
public final class PackageNotFoundException extends RuntimeException implements ExplainedFailure {
    public PackageNotFoundException(String message) {
        super(message);
    }
}
