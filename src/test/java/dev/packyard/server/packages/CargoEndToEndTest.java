package dev.packyard.server.packages;

import static dev.packyard.testing.RealClients.eventually;
import static dev.packyard.testing.RealClients.missing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.packyard.app.InstalledFormats;
import dev.packyard.demo.ClientProcess;
import dev.packyard.demo.DemoRegistry;
import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.model.PackageFormat;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;
import software.amazon.awssdk.services.codeartifact.model.PackageVersionSummary;

/**
 * The real {@code cargo} of this machine against a real {@code serve --demo} child whose public:crates-io points at a
 * crates.io stand-in this test runs (so it can take crates.io down). Cargo is configured as a CodeArtifact user would:
 * a sparse registry in a fresh CARGO_HOME and the AWS CLI as its credential provider. It builds a crate whose
 * dependency chain comes through Packyard, publishes and yanks, resolves the published crate from a second project,
 * and builds again from an empty cache while crates.io is down.
 */
class CargoEndToEndTest {
    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(5);
    private static final Map<String, String> AWS_ENV = Map.of("AWS_ACCESS_KEY_ID", "AKIDPACKYARDTEST",
            "AWS_SECRET_ACCESS_KEY", "dummy", "AWS_DEFAULT_REGION", "us-east-1");

    @TempDir
    static Path work;
    private static DemoRegistry crates;
    private static ServeChild serve;
    private static CodeartifactClient api;
    private static String owner;

    @BeforeAll
    static void start() throws Exception {
        crates = new DemoRegistry(Clock.systemUTC(),
                Map.of(PackageFormat.CARGO, InstalledFormats.formats().demoStandIns().get(PackageFormat.CARGO)));
        String cratesUrl = crates.start(0).baseFor(PackageFormat.CARGO).toString();
        serve = ServeChild.start(Files.createDirectories(work.resolve("serve")).resolve("data"), "--demo", "--timing",
                "immediate", "--upstream", "public:crates-io=" + cratesUrl);
        api = CodeartifactClient.builder().endpointOverride(URI.create(serve.url())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPACKYARDTEST", "dummy")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        owner = api.describeDomain(r -> r.domain("demo")).domain().owner();
    }

    @AfterAll
    static void stop() throws Exception {
        if (api != null) {
            api.close();
        }
        if (serve != null) {
            serve.close();
        }
        if (crates != null) {
            crates.close();
        }
    }

    @Test
    void cargoBuildsThroughPackyardPublishesYanksAndBuildsAgainDuringAnOutage() throws Exception {
        assertTrue(ClientProcess.onPath("cargo").isPresent(), () -> missing("cargo is not on the PATH"));
        assertTrue(ClientProcess.onPath("aws").isPresent(), () -> missing("aws (Cargo's credential provider here) is not on the PATH"));
        String endpoint = api.getRepositoryEndpoint(r -> r.domain("demo").repository("app").format("cargo")).repositoryEndpoint();
        assertThat(endpoint).isEqualTo(serve.url() + "/d/demo/" + owner + "/cargo/app/");

        Path consumer = crate("consumer", "0.1.0", "tree-top = { version = \"1\", registry = \"packyard\" }",
                "fn main() { println!(\"{}\", tree_top::chain()); }\n", true);
        ClientProcess.Result built = cargo(consumer, cargoHome("home1", endpoint), "run", "--quiet");
        assertThat(built.exitCode()).as(built.tail()).isZero();
        assertThat(built.output()).contains("tree-top 1.0.0 > tree-middle 2.0.0 > tree-leaf 1.2.0");
        assertThat(Files.readString(consumer.resolve("Cargo.lock"))).contains("name = \"tree-leaf\"")
                .contains("sparse+" + endpoint);

        Path home = cargoHome("home2", endpoint);
        for (String version : List.of("1.0.0", "1.1.0")) {
            Path lib = crate("e2e-lib", version, "leaf = { package = \"tree-leaf\", version = \"1.1\", registry = \"packyard\" }",
                    "pub fn hello() -> String { format!(\"e2e-lib {} > {}\", env!(\"CARGO_PKG_VERSION\"), leaf::chain()) }\n",
                    false);
            ClientProcess.Result published = cargo(lib, home, "publish", "--registry", "packyard", "--no-verify", "--allow-dirty");
            assertThat(published.exitCode()).as(published.tail()).isZero();
            assertThat(published.output()).contains("Published e2e-lib v" + version);
        }
        Path shadow = crate("tree-leaf", "9.0.0", "", "pub fn chain() -> String { String::new() }\n", false);
        ClientProcess.Result blocked = cargo(shadow, home, "publish", "--registry", "packyard", "--no-verify", "--allow-dirty");
        assertThat(blocked.exitCode()).as("tree-leaf came from crates.io, so publishing it here is blocked").isNotZero();
        assertThat(blocked.output()).contains("the remote server responded with an error").contains("publish=BLOCK");

        ClientProcess.Result yanked = cargo(work, home, "yank", "--registry", "packyard", "e2e-lib@1.1.0");
        assertThat(yanked.exitCode()).as(yanked.tail()).isZero();

        Path second = crate("second", "0.1.0", "e2e-lib = { version = \"1\", registry = \"packyard\" }",
                "fn main() { println!(\"{}\", e2e_lib::hello()); }\n", true);
        ClientProcess.Result resolved = cargo(second, cargoHome("home3", endpoint), "run", "--quiet");
        assertThat(resolved.exitCode()).as(resolved.tail()).isZero();
        assertThat(resolved.output()).as("the yanked 1.1.0 is passed over").contains("e2e-lib 1.0.0 > tree-leaf 1.2.0");

        assertThat(versions("e2e-lib")).extracting(v -> v.version() + " " + v.statusAsString() + " " + v.origin().originTypeAsString())
                .containsExactlyInAnyOrder("1.0.0 Published INTERNAL", "1.1.0 Unlisted INTERNAL");
        for (String fetched : List.of("tree-top", "tree-middle", "tree-leaf")) {
            assertThat(eventually(() -> versions(fetched))).as(fetched).anySatisfy(v ->
                    assertThat(v.origin().originTypeAsString()).isEqualTo("EXTERNAL"));
        }

        crates.controls(PackageFormat.CARGO).goDown(OutageMode.SERVICE_UNAVAILABLE);
        try {
            Files.delete(consumer.resolve("Cargo.lock"));
            ClientProcess.Result offline = cargo(consumer, cargoHome("home4", endpoint), "run", "--quiet");
            assertThat(offline.exitCode()).as(offline.tail()).isZero();
            assertThat(offline.output()).contains("tree-top 1.0.0 > tree-middle 2.0.0 > tree-leaf 1.2.0");

            Path unknown = crate("wants-greeting", "0.1.0", "demo-greeting = { version = \"1\", registry = \"packyard\" }",
                    "fn main() {}\n", true);
            ClientProcess.Result refused = cargo(unknown, cargoHome("home5", endpoint), "build", "--quiet");
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.output()).containsIgnoringCase("upstream unavailable");
        } finally {
            crates.controls(PackageFormat.CARGO).recover();
        }
    }

    /** A fresh CARGO_HOME whose config names Packyard's repository and asks the AWS CLI for the token, as the README says. */
    private static Path cargoHome(String name, String endpoint) throws Exception {
        Path home = Files.createDirectories(work.resolve(name));
        Files.writeString(home.resolve("config.toml"), """
                [registries.packyard]
                index = "sparse+%s"
                credential-provider = "cargo:token-from-stdout aws --endpoint-url %s codeartifact get-authorization-token --domain demo --domain-owner %s --query authorizationToken --output text"

                [net]
                retry = 0
                """.formatted(endpoint, serve.url(), owner));
        return home;
    }

    private static Path crate(String name, String version, String dependency, String source, boolean binary) throws Exception {
        Path dir = Files.createDirectories(work.resolve("projects").resolve(name + "-" + version));
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("Cargo.toml"), """
                [package]
                name = "%s"
                version = "%s"
                edition = "2021"
                description = "Made by Packyard's Cargo end-to-end test"
                license = "MIT"

                [dependencies]
                %s
                """.formatted(name, version, dependency));
        Files.writeString(dir.resolve("src").resolve(binary ? "main.rs" : "lib.rs"), source);
        return dir;
    }

    private static ClientProcess.Result cargo(Path dir, Path cargoHome, String... args) throws Exception {
        Map<String, String> env = new HashMap<>(AWS_ENV);
        env.put("CARGO_HOME", cargoHome.toString());
        env.put("CARGO_TARGET_DIR", work.resolve("target").toString());
        env.put("AWS_CONFIG_FILE", work.resolve("aws-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", work.resolve("aws-credentials").toString());
        return ClientProcess.run(Stream.concat(Stream.of("cargo"), Stream.of(args)).toList(), dir,
                List.of("CARGO_", "AWS_", "RUSTC_WRAPPER"), env, CLIENT_TIMEOUT);
    }

    private static List<PackageVersionSummary> versions(String crate) {
        try {
            return api.listPackageVersions(r -> r.domain("demo").repository("app").format("cargo").packageValue(crate)).versions();
        } catch (software.amazon.awssdk.services.codeartifact.model.ResourceNotFoundException e) {
            return List.of();
        }
    }
}
