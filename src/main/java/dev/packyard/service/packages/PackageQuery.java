package dev.packyard.service.packages;

/**
 * Which packages of a repository ListPackages asks for: the repository, then each of CodeArtifact's optional filters
 * (format, namespace, package prefix, publish and upstream origin control), set by name where a caller uses them.
 */
public record PackageQuery(String owner, String domain, String repository, String format, String namespace,
                           String packagePrefix, String publish, String upstream) {

    /** Every package of the repository; {@code owner} null means the local account. */
    public static PackageQuery in(String owner, String domain, String repository) {
        return new PackageQuery(owner, domain, repository, null, null, null, null, null);
    }

    public PackageQuery format(String format) {
        return new PackageQuery(owner, domain, repository, format, namespace, packagePrefix, publish, upstream);
    }

    public PackageQuery namespace(String namespace) {
        return new PackageQuery(owner, domain, repository, format, namespace, packagePrefix, publish, upstream);
    }

    public PackageQuery packagePrefix(String packagePrefix) {
        return new PackageQuery(owner, domain, repository, format, namespace, packagePrefix, publish, upstream);
    }

    /** Only packages whose origin control says {@code ALLOW} or {@code BLOCK} for publishing. */
    public PackageQuery publish(String publish) {
        return new PackageQuery(owner, domain, repository, format, namespace, packagePrefix, publish, upstream);
    }

    /** Only packages whose origin control says {@code ALLOW} or {@code BLOCK} for upstream versions. */
    public PackageQuery upstream(String upstream) {
        return new PackageQuery(owner, domain, repository, format, namespace, packagePrefix, publish, upstream);
    }
}
