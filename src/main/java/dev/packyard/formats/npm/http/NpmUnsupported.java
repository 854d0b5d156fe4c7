package dev.packyard.formats.npm.http;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.server.packages.UnsupportedCommandException;

/**
 * The npm commands CodeArtifact's user guide lists as unsupported and that Packyard refuses the same way, each with
 * the CodeArtifact operation that does the job instead.
 */
final class NpmUnsupported {
    private NpmUnsupported() {
    }

    /** {@code npm unpublish NAME@VERSION}: a PUT of the package document without that version. */
    static UnsupportedCommandException unpublishVersion(Repository repository, PackageCoordinate coordinate) {
        return new UnsupportedCommandException("npm unpublish is not supported by CodeArtifact, and Packyard refuses it "
                + "too: nothing was removed. Remove a version with 'aws codeartifact delete-package-versions "
                + target(repository, coordinate) + " --versions VERSION', or keep it downloadable but out of installs with "
                + "'aws codeartifact update-package-versions-status " + target(repository, coordinate)
                + " --versions VERSION --target-status Unlisted'");
    }

    /** {@code npm unpublish NAME} (or of its only version): a DELETE of the package document or of a tarball. */
    static UnsupportedCommandException unpublishPackage(Repository repository, PackageCoordinate coordinate) {
        return new UnsupportedCommandException("npm unpublish is not supported by CodeArtifact, and Packyard refuses it "
                + "too: nothing was removed. Remove the package with all its versions with 'aws codeartifact delete-package "
                + target(repository, coordinate) + "', or single versions with 'aws codeartifact delete-package-versions "
                + target(repository, coordinate) + " --versions VERSION'");
    }

    /** {@code npm audit}: the bulk advisory and quick audit POSTs. */
    static UnsupportedCommandException audit() {
        return new UnsupportedCommandException("npm audit is not supported by CodeArtifact, and Packyard refuses it too: "
                + "it keeps no security advisories. Run the audit against a registry that has them by adding "
                + "--registry with the public npm registry's address (npm sends it your dependencies' names and versions "
                + "only); installs through Packyard are not affected");
    }

    private static String target(Repository repository, PackageCoordinate coordinate) {
        return "--domain " + repository.domain().name() + " --domain-owner " + repository.domain().owner() + " --repository "
                + repository.name() + " --format npm" + (coordinate.namespace() == null ? "" : " --namespace " + coordinate.namespace())
                + " --package " + coordinate.name();
    }
}
