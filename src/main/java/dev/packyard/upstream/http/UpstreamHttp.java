package dev.packyard.upstream.http;

import dev.packyard.model.Hashes;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.upstream.AssetLocation;
import dev.packyard.upstream.AssetSink;
import dev.packyard.upstream.FailureKind;
import dev.packyard.upstream.FetchedAsset;
import dev.packyard.upstream.IntegrityException;
import dev.packyard.upstream.ListingDocument;
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.ProgressListener;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.UpstreamUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The one place registry requests are made. It turns every outcome into one of the honest answers: content,
 * {@link NotFoundUpstreamException} for a real 404, {@link UpstreamUnavailableException} with a reason for
 * everything that says the registry could not serve us, and {@link IntegrityException} for a bad download.
 */
public final class UpstreamHttp {
    private static final int BUFFER = 64 * 1024;

    private final OkHttpClient client;
    private final HttpSettings settings;
    private final Clock clock;

    public UpstreamHttp(HttpSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                // A registry may close a kept-alive connection while it sits idle in the pool; OkHttp then retries once on a
                // fresh one instead of reporting an outage (a fresh connection that fails is still reported).
                .retryOnConnectionFailure(true)
                .build();
    }

    /** Reads a metadata document whole (bounded by the settings' size limit). */
    public FetchedDocument get(HttpUrl url, String accept) throws UpstreamException {
        return get(url, accept, Optional.empty());
    }

    /**
     * Reads a metadata document, conditionally when the previous copy had validators: a 304 answer comes back as a
     * document with {@code notModified} set and no body.
     */
    public FetchedDocument get(HttpUrl url, String accept, Optional<ListingDocument> previous) throws UpstreamException {
        Request.Builder builder = request(url, accept).newBuilder();
        previous.flatMap(ListingDocument::etag).ifPresent(tag -> builder.header("If-None-Match", tag));
        previous.flatMap(ListingDocument::lastModified).ifPresent(date -> builder.header("If-Modified-Since", date));
        try (Response response = execute(builder.build())) {
            if (response.code() == 304) {
                if (previous.isEmpty() || !previous.get().hasValidators()) {
                    throw unreadable(url, "the registry answered 304 Not Modified to a request that was not conditional");
                }
                return new FetchedDocument(new byte[0], "", response.request().url().toString(),
                        previous.flatMap(ListingDocument::etag), previous.flatMap(ListingDocument::lastModified), true);
            }
            ResponseBody body = response.body();
            long declared = body.contentLength();
            if (declared > settings.maxMetadataBytes()) {
                throw unreadable(url, "the document is " + declared + " bytes, over the limit of " + settings.maxMetadataBytes());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            try (InputStream in = body.byteStream()) {
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    if (out.size() > settings.maxMetadataBytes()) {
                        throw unreadable(url, "the document is over the limit of " + settings.maxMetadataBytes() + " bytes");
                    }
                }
            } catch (IOException e) {
                throw duringBody(url, e);
            }
            return new FetchedDocument(out.toByteArray(), mediaType(body.contentType()), response.request().url().toString(),
                    Optional.ofNullable(response.header("ETag")), Optional.ofNullable(response.header("Last-Modified")), false);
        }
    }

    /**
     * Downloads an asset a listing named: its URL may be relative to {@code base}, and the strongest hash the listing
     * published for it is the one the bytes must match.
     */
    public FetchedAsset download(HttpUrl base, AssetLocation location, ProgressListener progress, AssetSink sink)
            throws UpstreamException, IOException {
        HttpUrl url = UrlPaths.resolve(base.toString(), location.url());
        return download(url, location.assetName(), ExpectedHash.strongest(location.expectedHashes()), progress, sink);
    }

    /**
     * Streams a file into the sink, hashing as it goes, and commits it only if it matches the expected hash.
     * An {@link IOException} means the sink itself failed (a local problem), not the registry.
     */
    public FetchedAsset download(HttpUrl url, String assetName, Optional<ExpectedHash> expected, ProgressListener progress,
                                 AssetSink sink) throws UpstreamException, IOException {
        Request request = request(url, "*/*");
        try (Response response = execute(request)) {
            ResponseBody body = response.body();
            long total = body.contentLength();
            Hashes.AllAlgorithms digests = Hashes.allAlgorithms();
            long received = 0;
            OutputStream out = sink.open();
            try (InputStream in = body.byteStream()) {
                byte[] buffer = new byte[BUFFER];
                int n;
                progress.progress(0, total);
                while (true) {
                    try {
                        n = in.read(buffer);
                    } catch (IOException e) {
                        throw duringBody(url, e);
                    }
                    if (n < 0) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    digests.update(buffer, 0, n);
                    received += n;
                    progress.progress(received, total);
                }
                out.close();
            } catch (UpstreamException e) {
                closeQuietly(out);
                sink.discard(e);
                throw e;
            } catch (IOException | RuntimeException e) {
                closeQuietly(out);
                sink.discard(UpstreamUnavailableException.of(FailureKind.FAIL_FAST, url.toString(),
                        "the download could not be stored: " + e.getMessage(), e));
                throw e;
            }
            Map<HashAlgorithm, String> hashes = digests.hex();
            if (expected.isPresent()) {
                ExpectedHash want = expected.get();
                String actual = hashes.get(want.algorithm());
                if (!actual.equals(want.hex())) {
                    IntegrityException mismatch = new IntegrityException(url.toString(), want.algorithm(), want.hex(), actual);
                    sink.discard(mismatch);
                    throw mismatch;
                }
            }
            FetchedAsset asset = new FetchedAsset(assetName, url.toString(), received, hashes, expected.map(ExpectedHash::algorithm));
            sink.commit(asset);
            return asset;
        }
    }

    /** Any HTTP answer below 500 shows the registry is up (even a 404 for its root). */
    public void probe(HttpUrl url) throws UpstreamException {
        try (Response ignored = execute(request(url, "*/*"))) {
            // Reaching here means the registry answered.
        } catch (NotFoundUpstreamException | UpstreamUnavailableException e) {
            if (e instanceof UpstreamUnavailableException u && u.kind().indicatesOutage()) {
                throw u;
            }
        }
    }

    private Request request(HttpUrl url, String accept) {
        return new Request.Builder().url(url).header("Accept", accept).header("User-Agent", settings.userAgent()).get().build();
    }

    /** Executes and classifies the status line; the caller owns the returned successful response. */
    private Response execute(Request request) throws UpstreamException {
        String url = request.url().toString();
        Call call = client.newCall(request);
        Response response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw beforeBody(url, e);
        }
        int code = response.code();
        if (response.isSuccessful() || code == 304) {
            return response;
        }
        response.close();
        if (code == 404 || code == 410) {
            throw new NotFoundUpstreamException(url);
        }
        String status = "HTTP " + code + " from " + url;
        if (code >= 500) {
            throw new UpstreamUnavailableException(FailureKind.SERVER_ERROR, url, status, code, retryAfter(response), null);
        }
        if (code == 429) {
            throw new UpstreamUnavailableException(FailureKind.THROTTLED, url, status, code, retryAfter(response), null);
        }
        if (code == 401 || code == 403 || code == 407) {
            throw new UpstreamUnavailableException(FailureKind.REJECTED, url,
                    status + ": the registry refused access; check the connection's URL and credentials", code, null, null);
        }
        throw new UpstreamUnavailableException(FailureKind.BAD_RESPONSE, url, "unexpected " + status, code, null, null);
    }

    private Instant retryAfter(Response response) {
        String value = response.header("Retry-After");
        if (value == null) {
            return null;
        }
        try {
            return clock.instant().plusSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException notSeconds) {
            // The other form RFC 9110 allows: an HTTP date.
            try {
                return java.time.ZonedDateTime.parse(value.trim(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (java.time.format.DateTimeParseException neither) {
                return null;
            }
        }
    }

    private static UpstreamUnavailableException beforeBody(String url, IOException e) {
        if (isTimeout(e)) {
            return UpstreamUnavailableException.of(FailureKind.TIMEOUT, url, "no answer from " + url + " in time (" + describe(e) + ")", e);
        }
        String what;
        if (e instanceof UnknownHostException) {
            what = "unknown host";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            what = "connection refused";
        } else if (e instanceof SSLException) {
            what = "TLS handshake failed";
        } else {
            what = "connection lost before the response";
        }
        return UpstreamUnavailableException.of(FailureKind.CONNECTION, url, what + " for " + url + " (" + describe(e) + ")", e);
    }

    private static UpstreamUnavailableException duringBody(HttpUrl url, IOException e) {
        if (isTimeout(e)) {
            return UpstreamUnavailableException.of(FailureKind.TIMEOUT, url.toString(),
                    "the download from " + url + " stalled (" + describe(e) + ")", e);
        }
        return UpstreamUnavailableException.of(FailureKind.TRUNCATED, url.toString(),
                "the connection to " + url + " closed before the whole response arrived (" + describe(e) + ")", e);
    }

    private static UpstreamUnavailableException unreadable(HttpUrl url, String reason) {
        return UpstreamUnavailableException.of(FailureKind.BAD_RESPONSE, url.toString(), reason, null);
    }

    private static boolean isTimeout(IOException e) {
        return e instanceof SocketTimeoutException
                || (e instanceof InterruptedIOException && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("timeout"));
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String mediaType(MediaType type) {
        return type == null ? "" : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // The sink is being discarded anyway.
        }
    }
}
