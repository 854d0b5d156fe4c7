package dev.packyard.server.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.testing.RunningServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.MediaType;
import dev.packyard.testing.SigV4Header;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;
import software.amazon.awssdk.services.codeartifact.model.AccessDeniedException;
import software.amazon.awssdk.services.codeartifact.model.AllowPublish;
import software.amazon.awssdk.services.codeartifact.model.AllowUpstream;
import software.amazon.awssdk.services.codeartifact.model.ConflictException;
import software.amazon.awssdk.services.codeartifact.model.InternalServerException;
import software.amazon.awssdk.services.codeartifact.model.PackageFormat;
import software.amazon.awssdk.services.codeartifact.model.ResourceNotFoundException;
import software.amazon.awssdk.services.codeartifact.model.ResourceType;
import software.amazon.awssdk.services.codeartifact.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.codeartifact.model.Tag;
import software.amazon.awssdk.services.codeartifact.model.ThrottlingException;
import software.amazon.awssdk.services.codeartifact.model.ValidationException;
import software.amazon.awssdk.services.codeartifact.model.ValidationExceptionReason;

/** Each of CodeArtifact's seven errors, produced through the API, reaching the SDK as its own exception class. */
class ControlPlaneErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private RunningServer server;
    private CodeartifactClient ca;
    private final OkHttpClient http = SigV4Header.signing(new OkHttpClient());

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
        ca = server.client();
        ca.createDomain(b -> b.domain("acme"));
        ca.createRepository(b -> b.domain("acme").repository("app"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void validationNotFoundConflictAndQuota() {
        assertThatThrownBy(() -> ca.createDomain(b -> b.domain("Bad_Name")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.reason()).isEqualTo(ValidationExceptionReason.FIELD_VALIDATION_FAILED);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("Invalid domain 'Bad_Name'");
                });
        assertThatThrownBy(() -> ca.describeRepository(b -> b.domain("acme").repository("missing")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.resourceId()).isEqualTo("missing");
                    assertThat(e.resourceType()).isEqualTo(ResourceType.REPOSITORY);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("Repository missing does not exist in domain acme");
                });
        assertThatThrownBy(() -> ca.createDomain(b -> b.domain("acme")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.resourceType()).isEqualTo(ResourceType.DOMAIN);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("Domain acme already exists");
                });
        for (int i = 1; i < 10; i++) {
            String name = "domain-" + i;
            ca.createDomain(b -> b.domain(name));
        }
        assertThatThrownBy(() -> ca.createDomain(b -> b.domain("one-too-many")))
                .isInstanceOfSatisfying(ServiceQuotaExceededException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(402);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("already has 10 domains");
                });
    }

    @Test
    void aResourceHoldsAtMostTwoHundredTags() {
        String arn = "arn:aws:codeartifact:us-east-1:" + server.backend().account().accountId() + ":domain/acme";
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tags.add(Tag.builder().key("k" + i).value("v").build());
        }
        ca.tagResource(b -> b.resourceArn(arn).tags(tags));
        ca.tagResource(b -> b.resourceArn(arn).tags(tags.get(0)));
        assertThatThrownBy(() -> ca.tagResource(b -> b.resourceArn(arn).tags(t -> t.key("one-more").value("x"))))
                .isInstanceOfSatisfying(ServiceQuotaExceededException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).contains("would have 201 tags"));
        assertThatThrownBy(() -> ca.listTagsForResource(b -> b.resourceArn(arn.replace("us-east-1", "eu-west-1"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> ca.listTagsForResource(b -> b.resourceArn("not-an-arn")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("resourceArn");
    }

    @Test
    void publishingABlockedPackageIsAccessDenied() throws Exception {
        ca.putPackageOriginConfiguration(b -> b.domain("acme").repository("app").format(PackageFormat.GENERIC)
                .namespace("ns").packageValue("locked").restrictions(r -> r.publish(AllowPublish.BLOCK)
                        .upstream(AllowUpstream.ALLOW)));
        assertThatThrownBy(() -> publish("locked", "1.0.0", "payload"))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("publish=BLOCK");
                });
    }

    @Test
    void tooManyCopiesInOneSecondAreThrottledUntilTimeMovesOn() throws Exception {
        publish("tool", "1.0.0", "payload");
        ca.createRepository(b -> b.domain("acme").repository("other"));
        for (int i = 0; i < 5; i++) {
            copy();
        }
        assertThatThrownBy(this::copy).isInstanceOfSatisfying(ThrottlingException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(429);
            assertThat(e.retryAfterSeconds()).isEqualTo(1);
            assertThat(e.awsErrorDetails().errorMessage()).contains("CopyPackageVersions is limited to 5 requests per second");
        });
        server.clock().advance(Duration.ofSeconds(1));
        copy();
    }

    @Test
    void aDamagedBlobStoreIsAnInternalErrorThatSaysWhatIsWrong() throws Exception {
        publish("tool", "1.0.0", "payload");
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> blobs = files.filter(p -> p.toString().contains("sha256") && Files.isRegularFile(p)).toList();
            assertThat(blobs).hasSize(1);
            Files.delete(blobs.get(0));
        }
        assertThatThrownBy(() -> ca.getPackageVersionAssetAsBytes(b -> b.domain("acme").repository("app")
                .format(PackageFormat.GENERIC).namespace("ns").packageValue("tool").packageVersion("1.0.0")
                .asset("tool.bin"))).isInstanceOfSatisfying(InternalServerException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(500);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("missing from the blob store");
                });
    }

    @Test
    void anUnexpectedFailureIsAGenericInternalErrorWithoutDetails() throws IOException {
        server.backend().close();
        assertThatThrownBy(() -> ca.describeDomain(b -> b.domain("acme")))
                .isInstanceOfSatisfying(InternalServerException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(500);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("internal error")
                            .doesNotContain("Exception").doesNotContain("SQL").doesNotContain("\tat ");
                });
    }

    @Test
    void unknownOperationsAndUnreadableBodiesAreValidationErrors() throws IOException {
        try (Response r = call("PATCH", "/v1/domain?domain=acme", null, null)) {
            assertError(r, 400, "ValidationException");
            JsonNode body = JSON.readTree(r.body().string());
            assertThat(body.get("reason").asText()).isEqualTo("UNKNOWN_OPERATION");
            assertThat(body.get("message").asText()).contains("PATCH /v1/domain");
        }
        try (Response r = call("GET", "/v1/nothing-here", null, null)) {
            assertError(r, 400, "ValidationException");
        }
        try (Response r = call("POST", "/v1/repository?domain=acme&repository=r2", "{\"description\": ", "application/json")) {
            assertError(r, 400, "ValidationException");
            assertThat(JSON.readTree(r.body().string()).get("reason").asText()).isEqualTo("CANNOT_PARSE");
        }
        try (Response r = call("POST", "/v1/repository?domain=acme&repository=r3", "{\"upstreams\": \"app\"}", "application/json")) {
            assertError(r, 400, "ValidationException");
            assertThat(JSON.readTree(r.body().string()).get("message").asText()).contains("upstreams");
        }
        assertThatThrownBy(() -> ca.createPackageGroup(b -> b.domain("acme").packageGroup("/npm/space")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ValidationExceptionReason.FIELD_VALIDATION_FAILED);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("Invalid package group pattern '/npm/space'");
                });
    }

    @Test
    void requestsJettyRefusesStillGetACodeArtifactErrorAndNoHtml() throws IOException {
        Request oversized = new Request.Builder().url(server.endpoint() + "/v1/domains").header("X-Big", "x".repeat(20_000))
                .post(okhttp3.RequestBody.create(new byte[0], null)).build();
        try (Response r = http.newCall(oversized).execute()) {
            assertError(r, 431, "ValidationException");
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(JSON.readTree(r.body().string()).get("message").asText()).contains("refused");
        }
    }

    @Test
    void emptyPostBodiesAndEmptyObjectsAreAccepted() throws IOException {
        try (Response r = call("POST", "/v1/packages?domain=acme&repository=app", null, null)) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("x-amzn-RequestId")).isNotBlank();
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(JSON.readTree(r.body().string()).get("packages").size()).isZero();
        }
        try (Response r = call("POST", "/v1/domains", "{}", "application/json")) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(JSON.readTree(r.body().string()).get("domains").get(0).get("createdTime").isNumber()).isTrue();
        }
        try (Response r = call("POST", "/v1/authorization-token?domain=acme&duration=0", null, null)) {
            assertThat(r.code()).isEqualTo(200);
        }
    }

    @Test
    void throttlingResponsesCarryRetryAfter() throws IOException {
        Response last = null;
        for (int i = 0; i < 41; i++) {
            if (last != null) {
                last.close();
            }
            last = call("POST", "/v1/authorization-token?domain=acme", null, null);
        }
        try (Response r = last) {
            assertError(r, 429, "ThrottlingException");
            assertThat(r.header("Retry-After")).isEqualTo("1");
        }
    }

    private void copy() {
        var result = ca.copyPackageVersions(b -> b.domain("acme").sourceRepository("app").destinationRepository("other")
                .format(PackageFormat.GENERIC).namespace("ns").packageValue("tool").versions("1.0.0").allowOverwrite(true));
        assertThat(result.successfulVersions()).containsKey("1.0.0");
    }

    private void publish(String pkg, String version, String content) throws Exception {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        ca.publishPackageVersion(b -> b.domain("acme").repository("app").format(PackageFormat.GENERIC).namespace("ns")
                .packageValue(pkg).packageVersion(version).assetName("tool.bin").assetSHA256(sha), RequestBody.fromBytes(bytes));
    }

    private Response call(String method, String path, String body, String contentType) throws IOException {
        okhttp3.RequestBody requestBody = null;
        if (body != null) {
            requestBody = okhttp3.RequestBody.create(body, contentType == null ? null : MediaType.get(contentType));
        } else if (!method.equals("GET")) {
            requestBody = okhttp3.RequestBody.create(new byte[0], null);
        }
        return http.newCall(new Request.Builder().url(server.endpoint() + path).method(method, requestBody).build()).execute();
    }

    private static void assertError(Response r, int status, String type) {
        assertThat(r.code()).isEqualTo(status);
        assertThat(r.header("x-amzn-ErrorType")).isEqualTo(type);
        assertThat(r.header("x-amzn-RequestId")).isNotBlank();
    }
}
