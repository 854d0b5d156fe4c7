package dev.packyard.service.paging;

import dev.packyard.model.Hashes;
import dev.packyard.service.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Continuation tokens for keyset paging. A token carries the key of the last item served plus a fingerprint
 * of the listing it belongs to, so a token is only accepted by the same listing with the same filters.
 */
public final class PageTokens {
    private static final char SEPARATOR = '\u001f';
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private PageTokens() {
    }

    /** The fingerprint of a listing: its name and every parameter that shapes it. */
    public static String scope(Object... listingParameters) {
        byte[] hash = Hashes.of("SHA-256", Arrays.deepToString(listingParameters).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 6);
    }

    public static String encode(String scope, String... keyParts) {
        StringBuilder raw = new StringBuilder("v1").append(SEPARATOR).append(scope);
        for (String part : keyParts) {
            raw.append(SEPARATOR).append(part == null ? "" : part);
        }
        return ENCODER.encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key parts of a token, or null when there is no token (first page). */
    public static List<String> decode(String scope, String token, int expectedParts) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        String raw;
        try {
            raw = new String(DECODER.decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw badToken();
        }
        List<String> parts = new ArrayList<>(Arrays.asList(raw.split(String.valueOf(SEPARATOR), -1)));
        if (parts.size() != expectedParts + 2 || !parts.get(0).equals("v1")) {
            throw badToken();
        }
        if (!parts.get(1).equals(scope)) {
            throw new ValidationException("The next-token belongs to another listing or to other filters: "
                    + "repeat the request with the parameters of the first page, or leave next-token out to start over");
        }
        return List.copyOf(parts.subList(2, parts.size()));
    }

    private static ValidationException badToken() {
        return new ValidationException("The next-token is not one Packyard issued: pass the nextToken of the previous "
                + "page unchanged, or leave it out to start from the first page");
    }
}
