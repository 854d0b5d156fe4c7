package dev.packyard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.formats.maven.manifest.PomDetailsReader;
import dev.packyard.formats.npm.manifest.NpmTarballDetailsReader;
import dev.packyard.formats.pypi.manifest.PypiDetailsReader;
import dev.packyard.model.PackageFormat;
import dev.packyard.service.details.VersionDetailsReader;
import java.util.Map;

/** Which format reads its versions' details how: one entry per format that has archives worth reading. */
final class VersionDetailsReaders {
    private VersionDetailsReaders() {
    }

    static Map<PackageFormat, VersionDetailsReader> all(ObjectMapper json) {
        return Map.of(
                PackageFormat.NPM, new NpmTarballDetailsReader(json),
                PackageFormat.PYPI, new PypiDetailsReader(),
                PackageFormat.MAVEN, new PomDetailsReader());
    }
}
