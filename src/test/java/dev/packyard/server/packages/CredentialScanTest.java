package dev.packyard.server.packages;

import dev.packyard.app.InstalledFormats;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.demo.DemoEndpoints;
import dev.packyard.demo.DemoRegistry;
import dev.packyard.demo.conditions.CorruptFiles;
import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.model.PackageFormat;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.SigV4Header;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole client story against a real {@code serve} whose upstream URLs carry a user name and password: set-up over
 * the control plane, installs, a miss, an outage, a corrupt file, a bad token, a foreign Host. Every answer (status
 * line, headers, body) and the server's log are kept and searched for the upstream password, the package token and
 * the AWS secret key: none may appear, except the token in the one answer that was asked for it.
 */
class CredentialScanTest {
    private static final String UPSTREAM_USER = "scan-user";
    private static final String UPSTREAM_PASSWORD = "s3cret-Upstream-Pass";
    private static final String SECRET_ACCESS_KEY = "scan-secret-access-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private final List<String> answers = new ArrayList<>();
    private final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();

    @Test
    void noAnswerAndNoLogLineCarriesAPasswordATokenOrASecretKey() throws Exception {
        try (DemoRegistry demo = new DemoRegistry(MutableClock.startingAt("2026-03-01T09:00:00Z"), InstalledFormats.formats().demoStandIns())) {
            DemoEndpoints registry = demo.start(0);
            ServeChild serve = ServeChild.start(dir.resolve("data"),
                    List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=info"), "--timing", "immediate",
                    "--upstream", "public:npmjs=" + withCredentials(registry.baseFor(PackageFormat.NPM).toString()),
                    "--upstream", "public:pypi=" + withCredentials(registry.baseFor(PackageFormat.PYPI).toString()));
            String token;
            String owner;
            try {
                String cp = serve.url() + "/v1/";
                control("POST", cp + "domain?domain=scan", null);
                control("POST", cp + "repository?domain=scan&repository=npm-store", "{}");
                control("POST", cp + "repository/external-connection?domain=scan&repository=npm-store"
                        + "&external-connection=public:npmjs", null);
                control("POST", cp + "repository?domain=scan&repository=pypi-store", "{}");
                control("POST", cp + "repository/external-connection?domain=scan&repository=pypi-store"
                        + "&external-connection=public:pypi", null);
                control("POST", cp + "repository?domain=scan&repository=app",
                        "{\"upstreams\":[{\"repositoryName\":\"npm-store\"},{\"repositoryName\":\"pypi-store\"}]}");
                owner = JSON.readTree(control("GET", cp + "domain?domain=scan", null)).at("/domain/owner").asText();
                token = tokenAnswer(cp + "authorization-token?domain=scan");
                String npm = serve.url() + "/d/scan/" + owner + "/npm/app/";
                String pypi = serve.url() + "/d/scan/" + owner + "/pypi/app/";

                assertThat(get(npm + "tree-leaf", token)).isEqualTo(200);
                assertThat(get(npm + "tree-leaf/-/tree-leaf-1.2.0.tgz", token)).isEqualTo(200);
                assertThat(get(pypi + "simple/fetchy/", token)).isEqualTo(200);
                assertThat(get(npm + "no-such-package", token)).isEqualTo(404);
                control("POST", cp + "packages?domain=scan&repository=app", null);
                control("GET", cp + "repository/endpoint?domain=scan&repository=app&format=npm", null);

                demo.controls(PackageFormat.NPM).goDown(OutageMode.SERVICE_UNAVAILABLE);
                demo.controls(PackageFormat.PYPI).goDown(OutageMode.DROP_CONNECTION);
                assertThat(get(npm + "tiny-date", token)).isEqualTo(503);
                assertThat(get(pypi + "simple/tidy-text/", token)).isIn(503, 404);
                demo.controls(PackageFormat.NPM).recover();
                demo.controls(PackageFormat.PYPI).recover();

                demo.controls(PackageFormat.NPM).corruptFiles(CorruptFiles.WRONG_HASH);
                assertThat(get(npm + "string-kit", token)).isEqualTo(200);
                assertThat(get(npm + "string-kit/-/string-kit-1.0.0.tgz", token)).isEqualTo(502);
                demo.controls(PackageFormat.NPM).repairFiles();

                assertThat(get(npm + "tree-leaf", "pyd1.not-a-token")).isEqualTo(401);
                answers.add(send(new Request.Builder().url(npm + "tree-leaf").header("Host", "attacker.example")
                        .header("Authorization", "Bearer " + token).build()));
            } finally {
                serve.close();
            }
            String log = Files.readString(serve.log());
            List<String> everything = new ArrayList<>(answers);
            everything.add(log);

            assertThat(String.join("\n", answers)).as("the outage answer names the registry, without its user info")
                    .contains("127.0.0.1:" + registry.origin().getPort()).contains("corrupt file");
            for (String text : everything) {
                assertThat(text).doesNotContain(UPSTREAM_PASSWORD).doesNotContain(UPSTREAM_USER + ":")
                        .doesNotContain(token).doesNotContain(SECRET_ACCESS_KEY);
            }
        }
    }

    private static String withCredentials(String url) {
        return url.replaceFirst("^http://", "http://" + UPSTREAM_USER + ":" + UPSTREAM_PASSWORD + "@");
    }

    private String control(String method, String url, String json) throws IOException {
        RequestBody body = json == null ? (method.equals("GET") ? null : RequestBody.create(new byte[0]))
                : RequestBody.create(json, MediaType.get("application/json"));
        Request request = SigV4Header.sign(new Request.Builder().url(url).method(method, body).build());
        String answer = send(request);
        answers.add(answer);
        assertThat(answer).as(url).startsWith("200");
        return answer.substring(answer.indexOf("\n\n") + 2);
    }

    /** The one answer that carries the token, because the user asked for it: kept out of the scan. */
    private String tokenAnswer(String url) throws IOException {
        String answer = send(SigV4Header.sign(new Request.Builder().url(url).post(RequestBody.create(new byte[0])).build()));
        JsonNode body = JSON.readTree(answer.substring(answer.indexOf("\n\n") + 2));
        return body.path("authorizationToken").asText();
    }

    private int get(String url, String token) throws IOException {
        String answer = send(new Request.Builder().url(url).header("Authorization", "Bearer " + token).build());
        answers.add(answer);
        return Integer.parseInt(answer.substring(0, 3));
    }

    /** The status, headers and body of the answer as one text. */
    private String send(Request request) throws IOException {
        try (Response r = http.newCall(request).execute()) {
            return r.code() + " " + r.message() + "\n" + r.headers() + "\n" + new String(r.body().bytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
