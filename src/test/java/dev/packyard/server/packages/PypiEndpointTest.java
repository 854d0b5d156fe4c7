package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.model.PackageFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/** The PyPI endpoint: simple pages in both forms, Basic auth as pip sends it, twine's upload and its refusals. */
class PypiEndpointTest extends PackageServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pipsBasicCredentialsGetTheProjectPageWithHashes() throws Exception {
        String url = f.endpoint("pypi", "app") + "simple/fetchy/";
        PackageServerFixture.Answer html = f.call(basic(url, "aws", f.token).build());
        assertThat(html.status()).as(html.body()).isEqualTo(200);
        assertThat(html.body()).contains(f.endpoint("pypi", "app") + "files/fetchy/1.1.0/fetchy-1.1.0-py3-none-any.whl#sha256=");

        PackageServerFixture.Answer json = f.call(basic(url, "aws", f.token)
                .header("Accept", "application/vnd.pypi.simple.v1+json, text/html;q=0.01").build());
        assertThat(json.headers().get("Content-Type")).startsWith("application/vnd.pypi.simple.v1+json");
        JsonNode doc = JSON.readTree(json.body());
        assertThat(doc.path("versions").toString()).contains("1.1.0");
        assertThat(doc.path("files").get(0).path("hashes").path("sha256").asText()).hasSize(64);

        assertThat(f.call(basic(url, "someone", f.token).build()).status()).as("user must be aws").isEqualTo(401);
    }

    @Test
    void aNonNormalisedNameRedirectsToTheNormalisedPage() throws Exception {
        PackageServerFixture.Answer answer = f.call(f.authorized(f.endpoint("pypi", "app") + "simple/Tidy_Text/").build());
        assertThat(answer.status()).isEqualTo(301);
        assertThat(answer.headers().get("Location")).isEqualTo(f.endpoint("pypi", "app") + "simple/tidy-text/");
    }

    @Test
    void notFoundIs404AndAnOutageIs503() throws Exception {
        assertThat(f.call(f.authorized(f.endpoint("pypi", "app") + "simple/nothing-like-it/").build()).status()).isEqualTo(404);
        f.demo.controls(PackageFormat.PYPI).goDown(OutageMode.SERVICE_UNAVAILABLE);
        PackageServerFixture.Answer answer = f.call(f.authorized(f.endpoint("pypi", "app") + "simple/numberwang/").build());
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.body().toLowerCase()).contains("upstream unavailable");
    }

    @Test
    void twineUploadsCreateAnInternalVersionWithItsFilesAndRequiresPython() throws Exception {
        assertThat(f.call(upload("our-tool", "0.1.0", "our_tool-0.1.0-py3-none-any.whl", "wheel")).status()).isEqualTo(200);
        assertThat(f.call(upload("our-tool", "0.1.0", "our_tool-0.1.0.tar.gz", "sdist")).status()).isEqualTo(200);
        assertThat(f.call(upload("our-tool", "0.1.0", "our_tool-0.1.0.tar.gz", "sdist")).status()).as("same file again")
                .isEqualTo(409);

        PackageServerFixture.Answer page = f.call(f.authorized(f.endpoint("pypi", "app") + "simple/our-tool/").build());
        assertThat(page.body()).contains("our_tool-0.1.0.tar.gz#sha256=" + sha256("sdist"))
                .contains("our_tool-0.1.0-py3-none-any.whl#sha256=")
                .contains("data-requires-python=\"&gt;=3.8\"");
        assertThat(f.backend.catalog().versions().listAssets(f.backend.catalog().locator().locate(null, "demo", "app", "pypi", null, "our-tool"),
                "0.1.0", null, null).items()).hasSize(2);
    }

    @Test
    void uploadingAVersionThePublicIndexHasIsAConflict() throws Exception {
        PackageServerFixture.Answer answer = f.call(upload("fetchy", "1.0.0", "fetchy-1.0.0.tar.gz", "mine"));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).contains("public registry");
    }

    private Request upload(String name, String version, String filename, String content) throws Exception {
        RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart(":action", "file_upload")
                .addFormDataPart("protocol_version", "1")
                .addFormDataPart("name", name)
                .addFormDataPart("version", version)
                .addFormDataPart("requires_python", ">=3.8")
                .addFormDataPart("sha256_digest", sha256(content))
                .addFormDataPart("content", filename, RequestBody.create(content.getBytes(StandardCharsets.UTF_8),
                        MediaType.get("application/octet-stream")))
                .build();
        return basic(f.endpoint("pypi", "app"), "aws", f.token).post(body).build();
    }

    private static Request.Builder basic(String url, String user, String password) {
        return new Request.Builder().url(url).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(String content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
