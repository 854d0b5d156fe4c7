package dev.packyard.formats.npm.upstream;

import dev.packyard.model.HashAlgorithm;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** Reads npm's {@code dist.integrity} (W3C Subresource Integrity: "sha512-BASE64 ...") into hex hashes. */
final class SubresourceIntegrity {
    private SubresourceIntegrity() {
    }

    static Map<HashAlgorithm, String> parse(String integrity) {
        Map<HashAlgorithm, String> out = new EnumMap<>(HashAlgorithm.class);
        if (integrity == null) {
            return out;
        }
        for (String token : integrity.trim().split("\\s+")) {
            int dash = token.indexOf('-');
            if (dash <= 0) {
                continue;
            }
            HashAlgorithm algorithm = switch (token.substring(0, dash).toLowerCase(Locale.ROOT)) {
                case "sha512" -> HashAlgorithm.SHA512;
                case "sha256" -> HashAlgorithm.SHA256;
                case "sha1" -> HashAlgorithm.SHA1;
                default -> null;
            };
            if (algorithm == null) {
                continue;
            }
            String value = token.substring(dash + 1);
            int options = value.indexOf('?');
            if (options >= 0) {
                value = value.substring(0, options);
            }
            try {
                out.put(algorithm, HexFormat.of().formatHex(Base64.getDecoder().decode(value)));
            } catch (IllegalArgumentException ignored) {
                // A malformed token is skipped; another token or the shasum may still verify the file.
            }
        }
        return out;
    }
}
