package dev.packyard.formats.pypi.upstream;

import dev.packyard.model.HashAlgorithm;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One file listed on a project's simple-index page, its URL resolved against the page. */
public record SimpleFile(String filename, String url, Map<HashAlgorithm, String> hashes, Optional<String> requiresPython,
                         boolean yanked, Optional<Instant> uploadTime) {
    public SimpleFile {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(url, "url");
        hashes = Map.copyOf(hashes);
    }
}
