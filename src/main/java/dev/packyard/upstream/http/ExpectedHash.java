package dev.packyard.upstream.http;

import dev.packyard.model.HashAlgorithm;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The published hash a download is checked against. */
public record ExpectedHash(HashAlgorithm algorithm, String hex) {
    private static final List<HashAlgorithm> STRONGEST_FIRST =
            List.of(HashAlgorithm.SHA512, HashAlgorithm.SHA256, HashAlgorithm.SHA1, HashAlgorithm.MD5);

    public ExpectedHash {
        hex = hex.trim().toLowerCase(Locale.ROOT);
    }

    /** The strongest of the published hashes, if any were published. */
    public static Optional<ExpectedHash> strongest(Map<HashAlgorithm, String> published) {
        return STRONGEST_FIRST.stream().filter(published::containsKey)
                .map(a -> new ExpectedHash(a, published.get(a))).findFirst();
    }
}
