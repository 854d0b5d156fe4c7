package dev.packyard.service.error;

/** Nothing reachable from the repository has the package, version or file: the package manager's 404. */
public final class PackageNotFoundException extends RuntimeException {
    public PackageNotFoundException(String message) {
        super(message);
    }
}
