package dev.packyard.formats.npm.http;

import dev.packyard.server.packages.RequestPaths;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.server.packages.BadRequestException;
import java.util.Optional;

/**
 * A request path below an npm endpoint: a package document ({@code name}, {@code @scope/name} or
 * {@code @scope%2fname}) or a tarball ({@code NAME/-/FILE.tgz}). Registry-level paths ({@code -/...}) are
 * {@link NpmRegistryApi}'s.
 */
record NpmPath(PackageCoordinate coordinate, Optional<String> tarball) {
    static NpmPath parse(String rawPath) {
        return parseDecoded(decode(rawPath));
    }

    private static NpmPath parseDecoded(String path) {
        if (path.isEmpty() || path.startsWith("-/")) {
            throw new BadRequestException("Packyard's npm endpoint serves package documents, tarballs and publishing; "
                    + "'" + path + "' is not one of them");
        }
        String packagePart = path;
        Optional<String> tarball = Optional.empty();
        int dash = path.indexOf("/-/");
        if (dash > 0) {
            packagePart = path.substring(0, dash);
            tarball = Optional.of(path.substring(dash + 3));
        }
        return new NpmPath(coordinate(packagePart), tarball);
    }

    /**
     * The package of an {@code npm unpublish} request: {@code NAME/-rev/REV} (a PUT without the version, or the DELETE
     * of the whole package) or {@code NAME/-/FILE.tgz/-rev/REV} (the DELETE of a tarball), if the path is one.
     */
    static Optional<NpmPath> unpublishTarget(String rawPath) {
        String path = decode(rawPath);
        int rev = path.lastIndexOf("/-rev/");
        if (rev <= 0) {
            return Optional.empty();
        }
        return Optional.of(parseDecoded(path.substring(0, rev)));
    }

    static PackageCoordinate coordinate(String packageName) {
        String name = packageName.endsWith("/") ? packageName.substring(0, packageName.length() - 1) : packageName;
        if (name.startsWith("@")) {
            int slash = name.indexOf('/');
            if (slash < 2 || slash == name.length() - 1 || name.indexOf('/', slash + 1) >= 0) {
                throw new BadRequestException("'" + name + "' is not an npm package name: a scoped name is @scope/name");
            }
            return new PackageCoordinate(PackageFormat.NPM, name.substring(1, slash), name.substring(slash + 1));
        }
        if (name.isEmpty() || name.contains("/")) {
            throw new BadRequestException("'" + name + "' is not an npm package name");
        }
        return new PackageCoordinate(PackageFormat.NPM, null, name);
    }

    /** The version a tarball named {@code NAME-VERSION.tgz} holds, if the file name has that shape. */
    Optional<String> tarballVersion() {
        return tarball.flatMap(file -> {
            String prefix = coordinate.name() + "-";
            if (file.startsWith(prefix) && file.endsWith(".tgz") && file.length() > prefix.length() + 4) {
                return Optional.of(file.substring(prefix.length(), file.length() - 4));
            }
            return Optional.empty();
        });
    }

    static String fullName(PackageCoordinate c) {
        return c.namespace() == null ? c.name() : "@" + c.namespace() + "/" + c.name();
    }

    static String decode(String raw) {
        return RequestPaths.decode(raw);
    }
}
