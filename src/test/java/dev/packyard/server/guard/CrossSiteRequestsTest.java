package dev.packyard.server.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.model.Domain;
import dev.packyard.testing.RunningServer;
import dev.packyard.testing.SigV4Header;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a web page in the user's browser could send to the loopback server, sent for real: each is refused with
 * CodeArtifact's AccessDeniedException and changes nothing, no answer carries a CORS header, and the clients
 * Packyard serves (signed control-plane calls, token-carrying package managers) still get through.
 */
class CrossSiteRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private RunningServer server;
    private final OkHttpClient http = new OkHttpClient();
    private String token;
    private String owner;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
        server.client().createDomain(b -> b.domain("kept"));
        server.client().createRepository(b -> b.domain("kept").repository("app"));
        owner = server.backend().catalog().domains().require(null, "kept").id().owner();
        token = server.backend().catalog().tokens().issue(null, "kept", null).token();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aTextPlainPostWithoutASignatureIsRefusedAndCreatesNothing() throws IOException {
        Request simple = new Request.Builder().url(server.endpoint() + "/v1/domain?domain=evil")
                .post(RequestBody.create("{}", MediaType.get("text/plain"))).build();
        assertAccessDenied(simple, "text/plain");
        Request noType = new Request.Builder().url(server.endpoint() + "/v1/domain?domain=evil")
                .post(RequestBody.create(new byte[0])).build();
        assertAccessDenied(noType, "Signature Version 4");
        Request bogus = new Request.Builder().url(server.endpoint() + "/v1/domain?domain=evil")
                .header("Authorization", "AWS4-HMAC-SHA256 anything at all").post(RequestBody.create(new byte[0])).build();
        assertAccessDenied(bogus, "Signature Version 4");
        assertThat(domainNames()).containsExactly("kept");
    }

    @Test
    void aSignedRequestFromAWebPageOrWithAFormTypeIsRefusedAndDeletesNothing() throws IOException {
        Request withOrigin = SigV4Header.sign(new Request.Builder().url(server.endpoint() + "/v1/domain?domain=kept")
                .header("Origin", "https://attacker.example").delete().build());
        assertAccessDenied(withOrigin, "web page");
        Request asForm = SigV4Header.sign(new Request.Builder().url(server.endpoint() + "/v1/domain?domain=evil")
                .post(RequestBody.create("a=b", MediaType.get("application/x-www-form-urlencoded"))).build());
        assertAccessDenied(asForm, "application/x-www-form-urlencoded");
        Request asText = SigV4Header.sign(new Request.Builder().url(server.endpoint() + "/v1/domain?domain=evil")
                .post(RequestBody.create("{}", MediaType.get("text/plain; charset=utf-8"))).build());
        assertAccessDenied(asText, "text/plain");
        assertThat(domainNames()).containsExactly("kept");
    }

    @Test
    void aForeignHostIsRefusedForTheControlPlaneAndThePackageEndpoints() throws IOException {
        for (String host : List.of("attacker.example:" + server.port(), "attacker.example", "127.0.0.1:" + (server.port() + 1),
                "localhost.attacker.example:" + server.port(), "[::1]:" + (server.port() + 1))) {
            Request delete = SigV4Header.sign(new Request.Builder().url(server.endpoint() + "/v1/domain?domain=kept")
                    .header("Host", host).delete().build());
            assertAccessDenied(delete, "does not name this Packyard server");
            Request read = new Request.Builder().url(server.endpoint() + "/d/kept/" + owner + "/pypi/app/simple/")
                    .header("Host", host).header("Authorization", "Bearer " + token).build();
            try (Response r = http.newCall(read).execute()) {
                assertThat(r.code()).as(host).isEqualTo(403);
                assertThat(r.header("Content-Type")).startsWith("text/plain");
                assertThat(r.body().string()).contains("does not name this Packyard server");
            }
        }
        assertThat(domainNames()).containsExactly("kept");
    }

    @Test
    void theNamesOfThisMachineAtItsPortAreAccepted() throws IOException {
        for (String host : List.of("127.0.0.1:" + server.port(), "localhost:" + server.port(), "LOCALHOST:" + server.port())) {
            Request list = SigV4Header.sign(new Request.Builder().url(server.endpoint() + "/v1/domains").header("Host", host)
                    .post(RequestBody.create("{}", MediaType.get("application/json"))).build());
            try (Response r = http.newCall(list).execute()) {
                assertThat(r.code()).as(host).isEqualTo(200);
                assertNoCors(r);
            }
        }
    }

    @Test
    void corsPreflightsAreRefusedAndNoAnswerCarriesACorsHeader() throws IOException {
        for (String path : List.of("/v1/domain?domain=evil", "/d/kept/" + owner + "/npm/app/some-package")) {
            Request preflight = new Request.Builder().url(server.endpoint() + path).method("OPTIONS", null)
                    .header("Origin", "https://attacker.example").header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization").build();
            try (Response r = http.newCall(preflight).execute()) {
                assertThat(r.code()).as(path).isEqualTo(403);
                assertThat(r.header("x-amzn-ErrorType")).isEqualTo("AccessDeniedException");
                assertNoCors(r);
            }
        }
    }

    @Test
    void aPackagePublishFromAWebPageIsRefusedEvenWithAToken() throws IOException {
        String url = server.endpoint() + "/d/kept/" + owner + "/npm/app/sneaky";
        String document = "{\"name\":\"sneaky\",\"versions\":{}}";
        Request asText = new Request.Builder().url(url).header("Authorization", "Bearer " + token)
                .put(RequestBody.create(document, MediaType.get("text/plain"))).build();
        Request withOrigin = new Request.Builder().url(url).header("Authorization", "Bearer " + token)
                .header("Origin", "https://attacker.example").put(RequestBody.create(document, MediaType.get("application/json")))
                .build();
        for (Request request : List.of(asText, withOrigin)) {
            try (Response r = http.newCall(request).execute()) {
                assertThat(r.code()).isEqualTo(403);
                assertThat(r.header("x-amzn-ErrorType")).isEqualTo("AccessDeniedException");
                assertThat(JSON.readTree(r.body().string()).path("error").asText()).as("npm shows the error field").isNotBlank();
                assertNoCors(r);
            }
        }
        assertThat(server.client().listPackages(b -> b.domain("kept").repository("app")).packages()).isEmpty();
    }

    private void assertAccessDenied(Request request, String messagePart) throws IOException {
        try (Response r = http.newCall(request).execute()) {
            assertThat(r.code()).as(request.method() + " " + request.url()).isEqualTo(403);
            assertThat(r.header("x-amzn-ErrorType")).isEqualTo("AccessDeniedException");
            assertThat(r.header("Content-Type")).startsWith("application/json");
            JsonNode body = JSON.readTree(r.body().string());
            assertThat(body.path("message").asText()).contains(messagePart);
            assertNoCors(r);
        }
    }

    private static void assertNoCors(Response r) {
        assertThat(r.headers().names()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    }

    private List<String> domainNames() {
        return server.backend().catalog().domains().list(100, null).items().stream().map(Domain::name).toList();
    }
}
