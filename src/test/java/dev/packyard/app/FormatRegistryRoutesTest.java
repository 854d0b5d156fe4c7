package dev.packyard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.formats.FormatPlugin;
import dev.packyard.formats.Formats;
import dev.packyard.formats.npm.NpmFormat;
import dev.packyard.model.PackageFormat;
import dev.packyard.server.PackyardServer;
import dev.packyard.server.ServerSettings;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.server.packages.FormatEndpoint;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import dev.packyard.upstream.timing.TimingProfile;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package-manager routes come from the registered format plug-ins, and only from them. */
class FormatRegistryRoutesTest {
    /** A plug-in that exists only in this test, registered alone in place of the installed ones (Cargo's among them). */
    static final class CrateIndexFormat implements FormatPlugin {
        @Override
        public PackageFormat format() {
            return PackageFormat.CARGO;
        }

        @Override
        public FormatEndpoint endpoint() {
            return context -> Map.of(HandlerType.GET, request -> {
                if (request.path().startsWith("~")) {
                    throw new BadRequestException("No crate path starts with '~': " + request.path());
                }
                request.ctx().result("crate index of " + request.repository().name() + " at " + request.path()
                        + " for " + request.endpointUrl());
            });
        }
    }

    @TempDir
    Path dir;
    private Backend backend;
    private FetchModule fetch;
    private PackyardServer server;
    private String token;
    private String owner;
    private final OkHttpClient http = new OkHttpClient();

    @BeforeEach
    void start() {
        backend = TestBackends.open(dir, MutableClock.startingAt("2026-03-01T09:00:00Z"));
        fetch = new FetchModule(backend, TimingProfile.codeartifact(), List.of(), Runnable::run);
        server = ServerWiring.start(backend, fetch.engine(), ServerSettings.defaults("127.0.0.1", 0),
                new Formats(List.of(new CrateIndexFormat())));
        backend.catalog().domains().create("acme", null);
        backend.catalog().repositories().create(null, "acme", "team", null, null);
        owner = backend.catalog().domains().require(null, "acme").id().owner();
        token = backend.catalog().tokens().issue(null, "acme", null).token();
    }

    @AfterEach
    void stop() {
        server.stop();
        fetch.close();
        backend.close();
    }

    @Test
    void aPluginRegisteredOnlyHereAnswersBelowTheRepositoryUnderItsFormatsName() throws IOException {
        Answer answer = get("cargo", "team", "config.json", true);

        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("crate index of team at config.json for "
                + base() + "/d/acme/" + owner + "/cargo/team/");
    }

    @Test
    void theCoreStillAuthenticatesFindsTheRepositoryAndAnswersErrorsForThePlugin() throws IOException {
        assertThat(get("cargo", "team", "config.json", false).code()).isEqualTo(401);
        Answer missing = get("cargo", "nowhere", "config.json", true);
        assertThat(missing.code()).isEqualTo(404);
        assertThat(missing.body()).contains("nowhere");
        Answer bad = get("cargo", "team", "~config.json", true);
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.body()).contains("No crate path starts with '~'").doesNotContain("Exception");
    }

    @Test
    void formatsWithoutARegisteredPluginHaveNoRoutes() throws IOException {
        Answer npm = get("npm", "team", "left-pad", true);

        assertThat(npm.code()).isEqualTo(400);
        assertThat(npm.body()).contains("Packyard has no operation GET /d/acme/" + owner + "/npm/team/left-pad");
        assertThat(get("cargo", "team", "config.json", true).code()).isEqualTo(200);
    }

    @Test
    void twoPluginsForOneFormatAreRefused() {
        assertThatThrownBy(() -> new Formats(List.of(new NpmFormat(), new NpmFormat())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Two plug-ins for the npm format");
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private Answer get(String format, String repository, String path, boolean withToken) throws IOException {
        Request.Builder request = new Request.Builder()
                .url(base() + "/d/acme/" + owner + "/" + format + "/" + repository + "/" + path);
        if (withToken) {
            request.header("Authorization", "Bearer " + token);
        }
        try (Response r = http.newCall(request.build()).execute()) {
            return new Answer(r.code(), r.body().string());
        }
    }

    private record Answer(int code, String body) {
    }
}
