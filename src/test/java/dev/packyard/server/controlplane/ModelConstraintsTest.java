package dev.packyard.server.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.testing.RunningServer;
import dev.packyard.testing.SigV4Header;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks every operation's input members in CodeArtifact's model, as the AWS CLI on this machine carries it
 * (botocore's service-2.json), and sends each stated constraint's violation on its own: each must be a 400
 * ValidationException naming the member, never a 5xx. Also checks that Packyard's constraint description is the
 * model's, member for member.
 */
class ModelConstraintsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PATTERN_BREAKERS = List.of("a b", "#", "/", "\u0007", " ", "-", "A", "x".repeat(3));

    @TempDir
    Path dir;

    @Test
    void everyConstraintViolationOfTheModelIsA400NamingTheMember() throws Exception {
        JsonNode model = botocoreModel();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        OkHttpClient http = SigV4Header.signing(new OkHttpClient.Builder().readTimeout(30, TimeUnit.SECONDS).build());
        try (RunningServer server = RunningServer.start(dir)) {
            server.client().createDomain(b -> b.domain("acme"));
            for (Iterator<Map.Entry<String, JsonNode>> ops = model.path("operations").fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode input = model.path("shapes").path(op.getValue().path("input").path("shape").asText());
                for (Iterator<Map.Entry<String, JsonNode>> ms = input.path("members").fields(); ms.hasNext(); ) {
                    Map.Entry<String, JsonNode> m = ms.next();
                    String location = m.getValue().path("location").asText("body");
                    if (location.equals("header") || m.getKey().equals(input.path("payload").asText())) {
                        continue;
                    }
                    String wireName = m.getValue().path("locationName").asText(m.getKey());
                    JsonNode shape = model.path("shapes").path(m.getValue().path("shape").asText());
                    for (Violation v : violations(shape)) {
                        sent++;
                        // A second per violation keeps every operation under its request-rate quota.
                        server.clock().advance(java.time.Duration.ofSeconds(1));
                        Request request = request(server.endpoint(), op.getValue().path("http"), location, wireName, v);
                        if (request == null) {
                            continue;
                        }
                        try (Response r = http.newCall(request).execute()) {
                            String body = r.body().string();
                            String type = r.header("x-amzn-ErrorType", "");
                            if (r.code() != 400 || !type.startsWith("ValidationException")
                                    || !JSON.readTree(body).path("message").asText().contains(wireName)) {
                                wrong.add(op.getKey() + " " + wireName + " (" + v.what() + "): " + r.code() + " " + body);
                            }
                        }
                    }
                }
            }
        }
        assertThat(sent).as("violations sent").isGreaterThan(150);
        assertThat(wrong).isEmpty();
    }

    @Test
    void packyardsConstraintDescriptionIsTheModels() throws Exception {
        JsonNode model = botocoreModel();
        InputConstraints ours = InputConstraints.load();
        List<String> differ = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> ops = model.path("operations").fields(); ops.hasNext(); ) {
            Map.Entry<String, JsonNode> op = ops.next();
            Map<String, JsonNode> members = ours.members(op.getKey());
            JsonNode input = model.path("shapes").path(op.getValue().path("input").path("shape").asText());
            for (Iterator<Map.Entry<String, JsonNode>> ms = input.path("members").fields(); ms.hasNext(); ) {
                Map.Entry<String, JsonNode> m = ms.next();
                String wireName = m.getValue().path("locationName").asText(m.getKey());
                JsonNode shape = model.path("shapes").path(m.getValue().path("shape").asText());
                JsonNode mine = members.get(wireName);
                for (String key : List.of("min", "max", "pattern", "enum")) {
                    if (mine == null || !shape.path(key).equals(mine.path(key))) {
                        differ.add(op.getKey() + "." + wireName + " " + key);
                    }
                }
            }
        }
        assertThat(differ).isEmpty();
    }

    private record Violation(String what, JsonNode json, String query) {
    }

    private static List<Violation> violations(JsonNode shape) {
        List<Violation> out = new ArrayList<>();
        String type = shape.path("type").asText();
        if (type.equals("string")) {
            int min = shape.path("min").asInt(0);
            if (min >= 1) {
                String s = "a".repeat(0);
                out.add(new Violation("shorter than " + min, JSON.getNodeFactory().textNode(s), s));
            }
            if (shape.has("max")) {
                String s = "a".repeat(shape.get("max").asInt() + 1);
                out.add(new Violation("longer than " + shape.get("max").asInt(), JSON.getNodeFactory().textNode(s), s));
            }
            if (shape.has("enum")) {
                out.add(new Violation("not in the enum", JSON.getNodeFactory().textNode("NOT_A_VALUE"), "NOT_A_VALUE"));
            }
            if (shape.has("pattern")) {
                Pattern p = Pattern.compile(shape.get("pattern").asText());
                int max = shape.path("max").asInt(Integer.MAX_VALUE);
                PATTERN_BREAKERS.stream().filter(s -> s.length() >= Math.max(min, 1) && s.length() <= max)
                        .filter(s -> !p.matcher(s).matches()).findFirst()
                        .ifPresent(s -> out.add(new Violation("not matching " + p, JSON.getNodeFactory().textNode(s), s)));
            }
        } else if (type.equals("integer") || type.equals("long")) {
            if (shape.has("min")) {
                long n = shape.get("min").asLong() - 1;
                out.add(new Violation("below " + (n + 1), JSON.getNodeFactory().numberNode(n), Long.toString(n)));
            }
            if (shape.has("max")) {
                long n = shape.get("max").asLong() + 1;
                out.add(new Violation("above " + (n - 1), JSON.getNodeFactory().numberNode(n), Long.toString(n)));
            }
        } else if (type.equals("list") && shape.has("max")) {
            var array = JSON.createArrayNode();
            for (int i = 0; i <= shape.get("max").asInt(); i++) {
                array.addNull();
            }
            out.add(new Violation("more than " + shape.get("max").asInt() + " items", array, null));
        }
        return out;
    }

    private static Request request(String endpoint, JsonNode http, String location, String wireName, Violation v)
            throws Exception {
        HttpUrl.Builder url = HttpUrl.get(endpoint + http.path("requestUri").asText().split("\\?")[0]).newBuilder()
                .addQueryParameter("domain", "acme");
        ObjectNode body = JSON.createObjectNode();
        if (location.equals("querystring")) {
            if (v.query() == null) {
                return null;
            }
            url.removeAllQueryParameters(wireName).addQueryParameter(wireName, v.query());
        } else {
            body.set(wireName, v.json());
        }
        String method = http.path("method").asText();
        RequestBody content = method.equals("GET") ? null
                : RequestBody.create(JSON.writeValueAsBytes(body), MediaType.get("application/json"));
        return new Request.Builder().url(url.build()).method(method, content).build();
    }

    /** botocore's CodeArtifact model from the AWS CLI installed here (CI installs it; the test fails without it). */
    private static JsonNode botocoreModel() throws Exception {
        Process p = new ProcessBuilder("python3", "-c", "import botocore, os; print(os.path.dirname(botocore.__file__))")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as("botocore (from the AWS CLI) must be importable by python3: %s", out).isZero();
        Path model = Path.of(out, "data", "codeartifact", "2018-09-22", "service-2.json.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(model))) {
            return JSON.readTree(in);
        }
    }
}
