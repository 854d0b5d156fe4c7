package dev.packyard.upstream.webhooks;

import dev.packyard.service.events.WebhookSender;
import java.io.IOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Posts events with OkHttp, as EventBridge's API destinations would: JSON body, no redirects followed. */
public final class HttpWebhookSender implements WebhookSender {
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;

    public HttpWebhookSender(Duration timeout) {
        this.http = new OkHttpClient.Builder().callTimeout(timeout).followRedirects(false).retryOnConnectionFailure(false)
                .build();
    }

    @Override
    public int post(String url, String json) throws IOException {
        Request request = new Request.Builder().url(url).header("User-Agent", "Packyard-Events")
                .post(RequestBody.create(json, JSON)).build();
        try (Response r = http.newCall(request).execute()) {
            return r.code();
        }
    }

    /** Lets the client's threads go. */
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
