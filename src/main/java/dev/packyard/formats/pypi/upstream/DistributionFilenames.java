package dev.packyard.formats.pypi.upstream;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the version out of wheel, sdist and egg file names (the simple API lists files, not versions). */
final class DistributionFilenames {
    private static final List<String> SDIST_SUFFIXES = List.of(".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".zip", ".tar");

    private DistributionFilenames() {
    }

    static Optional<String> version(String project, String filename) {
        String lower = filename.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".whl") || lower.endsWith(".egg")) {
            String[] parts = filename.substring(0, filename.length() - 4).split("-");
            return parts.length >= 2 ? Optional.of(parts[1]) : Optional.empty();
        }
        for (String suffix : SDIST_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return sdistVersion(project, filename.substring(0, filename.length() - suffix.length()));
            }
        }
        return Optional.empty();
    }

    // Older sdists keep dashes in the project name, so find the dash where the normalised prefix is the project.
    private static Optional<String> sdistVersion(String project, String stem) {
        String wanted = PackageCoordinate.normaliseName(PackageFormat.PYPI, project);
        for (int dash = stem.indexOf('-'); dash > 0; dash = stem.indexOf('-', dash + 1)) {
            if (PackageCoordinate.normaliseName(PackageFormat.PYPI, stem.substring(0, dash)).equals(wanted)) {
                return Optional.of(stem.substring(dash + 1)).filter(v -> !v.isEmpty());
            }
        }
        int last = stem.lastIndexOf('-');
        return last > 0 ? Optional.of(stem.substring(last + 1)) : Optional.empty();
    }
}
