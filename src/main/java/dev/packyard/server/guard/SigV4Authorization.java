package dev.packyard.server.guard;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of an AWS Signature Version 4 {@code Authorization} header, which the AWS CLI and SDKs always send (even
 * with dummy keys) and a browser cannot add to a cross-site request without a preflight. Only the shape is checked
 * here; verifying the signature needs access keys Packyard does not have yet.
 */
final class SigV4Authorization {
    private static final Pattern HEADER = Pattern.compile(
            "AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/\\d{8}/[^/,\\s]+/[^/,\\s]+/aws4_request\\s*,"
                    + "\\s*SignedHeaders=([a-z0-9;_.-]+)\\s*,\\s*Signature=[0-9a-f]{64}\\s*");

    private SigV4Authorization() {
    }

    /** The access key id of a well-formed SigV4 header that signs the Host header, if it is one. */
    static Optional<String> accessKeyId(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher m = HEADER.matcher(authorization.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        for (String signed : m.group(2).split(";")) {
            if (signed.equals("host")) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
