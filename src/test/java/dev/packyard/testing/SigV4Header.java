package dev.packyard.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * An {@code Authorization} header shaped like the AWS SigV4 one the AWS CLI and SDKs send, for tests that call the
 * control plane with plain OkHttp. Packyard checks the shape, not the signature (there are no access keys to check
 * it against yet), so the signature here is a hash of the request line.
 */
public final class SigV4Header {
    public static final String ACCESS_KEY_ID = "AKIDPACKYARDTEST";

    private SigV4Header() {
    }

    public static String value(String method, String url) {
        return value(ACCESS_KEY_ID, method, url);
    }

    public static String value(String accessKeyId, String method, String url) {
        return "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/20260301/us-east-1/codeartifact/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=" + sha256(method + " " + url);
    }

    /** The request with the header added. */
    public static Request sign(Request request) {
        return request.newBuilder().header("Authorization", value(request.method(), request.url().toString())).build();
    }

    /** A client that adds the header to every request that has no Authorization header of its own. */
    public static OkHttpClient signing(OkHttpClient client) {
        return client.newBuilder().addInterceptor(signer()).build();
    }

    public static Interceptor signer() {
        return chain -> {
            Request request = chain.request();
            return chain.proceed(request.header("Authorization") == null ? sign(request) : request);
        };
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
