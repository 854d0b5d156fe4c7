package dev.packyard.server.packages;

import static dev.packyard.testing.RealClients.eventually;
import static dev.packyard.testing.RealClients.missing;
import static dev.packyard.testing.RealClients.requireClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.packyard.demo.ClientProcess;
import dev.packyard.demo.MavenClientSetup;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;
import software.amazon.awssdk.services.codeartifact.model.PackageVersionSummary;

/**
 * The real npm, pip, twine and Maven clients of this machine install and publish through a real {@code serve --demo}
 * child process, configured as CodeArtifact users configure them (aws codeartifact login where the AWS CLI is
 * present), with every configuration file in a temporary directory. Afterwards the control-plane API lists what
 * they did. A client that is absent fails its test, with the reason printed: CI installs every one.
 */
class PackageManagersEndToEndTest extends DemoServeTest {
    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(4);
    private static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";
    private static final String DEPLOY_PLUGIN = "org.apache.maven.plugins:maven-deploy-plugin:3.1.2";

    private static ServeChild serve;
    private static CodeartifactClient api;
    private static String token;
    private static String owner;

    @BeforeAll
    static void startServe() throws Exception {
        serve = demo.serve();
        api = demo.api();
        token = demo.token();
        owner = demo.owner();
    }

    @Test
    void npmInstallsThroughPackyardAndPublishesToIt(@TempDir Path project) throws Exception {
        requireClient("npm");
        Path home = Files.createDirectories(project.resolve("home"));
        Path npmrc = home.resolve(".npmrc");
        Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(), "npm_config_userconfig", npmrc.toString(),
                "npm_config_globalconfig", Files.writeString(project.resolve("global.npmrc"), "").toString(),
                "npm_config_cache", project.resolve("npm-cache").toString()));
        awsLogin("npm", home, env);
        assertThat(Files.readString(npmrc)).contains(endpoint("npm"));
        Files.writeString(project.resolve("package.json"), "{\"name\":\"consumer\",\"version\":\"1.0.0\",\"private\":true}\n");

        ClientProcess.Result install = npm(project, env, "install", "--no-audit", "--no-fund", "--no-update-notifier",
                "@demo/greeter", "tree-top");
        assertThat(install.exitCode()).as(install.tail()).isZero();
        for (String name : List.of("@demo/greeter", "@demo/config", "tree-top", "tree-middle", "tree-leaf")) {
            assertThat(project.resolve("node_modules").resolve(name).resolve("package.json")).as(name).isRegularFile();
        }
        assertThat(Files.readString(project.resolve("package-lock.json"))).contains(endpoint("npm") + "tree-leaf/-/tree-leaf-1.2.0.tgz");

        Path lib = Files.createDirectories(project.resolve("lib"));
        Files.writeString(lib.resolve("package.json"), "{\"name\":\"@team/e2e-lib\",\"version\":\"1.0.0\",\"main\":\"index.js\","
                + "\"dependencies\":{\"tree-leaf\":\"^1.0.0\"}}\n");
        Files.writeString(lib.resolve("index.js"), "module.exports = 'e2e';\n");
        ClientProcess.Result publish = npm(lib, env, "publish", "--no-update-notifier");
        assertThat(publish.exitCode()).as(publish.tail()).isZero();

        Files.writeString(lib.resolve("package.json"), "{\"name\":\"tree-leaf\",\"version\":\"1.2.0\"}\n");
        ClientProcess.Result refused = npm(lib, env, "publish", "--no-update-notifier");
        assertThat(refused.exitCode()).isNotZero();
        // npm itself refuses when the packument Packyard serves lists the version; otherwise Packyard answers 403/409.
        assertThat(refused.output()).containsAnyOf("E403", "E409", "cannot publish over the previously published versions");

        assertThat(eventually(() -> versions("npm", "demo", "greeter"))).as("fetched through the upstream")
                .anySatisfy(v -> {
                    assertThat(v.version()).isEqualTo("2.0.0");
                    assertThat(v.origin().originTypeAsString()).isEqualTo("EXTERNAL");
                    assertThat(v.statusAsString()).isEqualTo("Published");
                });
        assertThat(versions("npm", "team", "e2e-lib")).singleElement().satisfies(v -> {
            assertThat(v.origin().originTypeAsString()).isEqualTo("INTERNAL");
            assertThat(v.statusAsString()).isEqualTo("Published");
        });
    }

    @Test
    void pipInstallsThroughPackyardAndTwineUploadsToIt(@TempDir Path dir) throws Exception {
        requireClient("python3");
        Path home = Files.createDirectories(dir.resolve("home"));
        Path pipConf = home.resolve("pip.conf");
        Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(), "PIP_CONFIG_FILE", pipConf.toString()));
        awsLogin("pip", home, env);
        ClientProcess.Result install = pip(dir, env, "install", "--no-cache-dir", "--disable-pip-version-check",
                "--target", dir.resolve("site").toString(), "fetchy");
        assertTrue(!install.output().contains("No module named pip"), () -> missing("pip is not installed for python3"));
        assertThat(install.exitCode()).as(install.tail()).isZero();
        assertThat(dir.resolve("site/fetchy/__init__.py")).content().contains("1.1.0");
        assertThat(dir.resolve("site/tidy_text/__init__.py")).isRegularFile();
        assertThat(eventually(() -> versions("pypi", null, "fetchy"))).anySatisfy(v ->
                assertThat(v.origin().originTypeAsString()).isEqualTo("EXTERNAL"));

        Optional<List<String>> twine = twine(dir);
        assertTrue(twine.isPresent(), () -> missing("twine is not installed and could not be installed with pip"));
        Path wheel = wheel(dir, "e2e-tool", "e2e_tool", "0.1.0");
        List<String> upload = Stream.concat(twine.get().stream(), Stream.of("upload", "--non-interactive",
                "--repository-url", endpoint("pypi"), "-u", "aws", "-p", token, wheel.toString())).toList();
        ClientProcess.Result uploaded = ClientProcess.run(upload, dir, List.of("TWINE_"), Map.of("HOME", home.toString()),
                CLIENT_TIMEOUT);
        assertThat(uploaded.exitCode()).as(uploaded.tail()).isZero();
        ClientProcess.Result again = pip(dir, env, "install", "--no-cache-dir", "--disable-pip-version-check",
                "--target", dir.resolve("site2").toString(), "e2e-tool");
        assertThat(again.exitCode()).as(again.tail()).isZero();
        assertThat(dir.resolve("site2/e2e_tool/__init__.py")).isRegularFile();
        assertThat(versions("pypi", null, "e2e-tool")).singleElement().satisfies(v ->
                assertThat(v.origin().originTypeAsString()).isEqualTo("INTERNAL"));
    }

    @Test
    void mavenGetsAnArtifactWithItsParentAndDeploysOne(@TempDir Path dir) throws Exception {
        requireClient("mvn");
        Path userRepository = MavenClientSetup.userLocalRepository();
        assertTrue(MavenClientSetup.pluginAvailable(dir, DEPENDENCY_PLUGIN, CLIENT_TIMEOUT),
                () -> missing("Maven could not get " + DEPENDENCY_PLUGIN));
        assertTrue(MavenClientSetup.pluginAvailable(dir, DEPLOY_PLUGIN, CLIENT_TIMEOUT),
                () -> missing("Maven could not get " + DEPLOY_PLUGIN));
        Path settings = Files.writeString(dir.resolve("settings.xml"), MavenClientSetup.settingsMirroringEverythingTo(
                endpoint("maven"), userRepository, Optional.of(token)));
        Path local = dir.resolve("repository");

        ClientProcess.Result get = mvn(dir, "-s", settings.toString(), "-Dmaven.repo.local=" + local, DEPENDENCY_PLUGIN + ":get",
                "-Dartifact=dev.packyard.demo:alpha:2.0.0");
        assertThat(get.exitCode()).as(get.tail()).isZero();
        assertThat(local.resolve("dev/packyard/demo/alpha/2.0.0/alpha-2.0.0.jar")).isRegularFile();
        assertThat(local.resolve("dev/packyard/demo/demo-parent/1.1.0/demo-parent-1.1.0.pom")).isRegularFile();
        assertThat(local.resolve("dev/packyard/demo/beta/1.1.0/beta-1.1.0.jar")).isRegularFile();

        Path jar = dir.resolve("e2e-lib.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("e2e.txt"));
            zip.write("e2e".getBytes(StandardCharsets.UTF_8));
        }
        ClientProcess.Result deploy = mvn(dir, "-s", settings.toString(), "-Dmaven.repo.local=" + local,
                DEPLOY_PLUGIN + ":deploy-file", "-Dfile=" + jar, "-DgroupId=com.example.e2e", "-DartifactId=e2e-lib",
                "-Dversion=1.0.0", "-Dpackaging=jar", "-DgeneratePom=true", "-DrepositoryId=packyard",
                "-Durl=" + endpoint("maven"));
        assertThat(deploy.exitCode()).as(deploy.tail()).isZero();

        assertThat(versions("maven", "com.example.e2e", "e2e-lib")).singleElement().satisfies(v -> {
            assertThat(v.origin().originTypeAsString()).isEqualTo("INTERNAL");
            assertThat(v.statusAsString()).isEqualTo("Published");
        });
        assertThat(eventually(() -> versions("maven", "dev.packyard.demo", "alpha"))).anySatisfy(v ->
                assertThat(v.origin().originTypeAsString()).isEqualTo("EXTERNAL"));
    }

    private static String endpoint(String format) {
        return serve.url() + "/d/demo/" + owner + "/" + format + "/app/";
    }

    /** {@code aws codeartifact login} pointed at Packyard, writing only under the temporary home, as the README says. */
    private static void awsLogin(String tool, Path home, Map<String, String> env) throws Exception {
        if (ClientProcess.onPath("aws").isEmpty()) {
            throw new AssertionError(missing("aws is not on the PATH, so 'aws codeartifact login --tool " + tool + "' cannot be tried"));
        }
        Map<String, String> awsEnv = new HashMap<>(env);
        awsEnv.putAll(Map.of("AWS_ACCESS_KEY_ID", "AKIDPACKYARDTEST", "AWS_SECRET_ACCESS_KEY", "dummy",
                "AWS_DEFAULT_REGION", "us-east-1", "AWS_CONFIG_FILE", home.resolve("aws-config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", home.resolve("aws-credentials").toString()));
        ClientProcess.Result login = ClientProcess.run(List.of("aws", "--endpoint-url", serve.url(), "codeartifact", "login",
                "--tool", tool, "--domain", "demo", "--repository", "app"), home, List.of("AWS_", "npm_config_", "PIP_"),
                awsEnv, CLIENT_TIMEOUT);
        assertThat(login.exitCode()).as(login.tail()).isZero();
        assertThat(login.output()).contains(endpoint(tool.equals("npm") ? "npm" : "pypi"));
    }

    private static ClientProcess.Result npm(Path dir, Map<String, String> env, String... args) throws Exception {
        return ClientProcess.run(Stream.concat(Stream.of("npm"), Stream.of(args)).toList(), dir, List.of("npm_config_"), env,
                CLIENT_TIMEOUT);
    }

    private static ClientProcess.Result pip(Path dir, Map<String, String> env, String... args) throws Exception {
        return ClientProcess.run(Stream.concat(Stream.of("python3", "-m", "pip"), Stream.of(args)).toList(), dir,
                List.of("PIP_"), env, CLIENT_TIMEOUT);
    }

    private static ClientProcess.Result mvn(Path dir, String... args) throws Exception {
        return ClientProcess.run(Stream.concat(Stream.of("mvn", "-B", "-q"), Stream.of(args)).toList(), dir, List.of(), Map.of(),
                CLIENT_TIMEOUT);
    }

    /** twine on the PATH, as a python3 module, or installed with pip into a temporary directory. */
    private static Optional<List<String>> twine(Path dir) throws Exception {
        if (ClientProcess.onPath("twine").isPresent()) {
            return Optional.of(List.of("twine"));
        }
        if (ClientProcess.run(List.of("python3", "-m", "twine", "--version"), dir, List.of(), Map.of(), CLIENT_TIMEOUT).exitCode() == 0) {
            return Optional.of(List.of("python3", "-m", "twine"));
        }
        Path target = dir.resolve("twine");
        ClientProcess.Result installed = ClientProcess.run(List.of("python3", "-m", "pip", "install", "--quiet",
                "--disable-pip-version-check", "--target", target.toString(), "twine"), dir, List.of(), Map.of(), CLIENT_TIMEOUT);
        if (installed.exitCode() != 0) {
            return Optional.empty();
        }
        return Optional.of(List.of("env", "PYTHONPATH=" + target, "python3", "-m", "twine"));
    }

    /** A minimal but valid wheel, as a build backend would write it. */
    private static Path wheel(Path dir, String project, String module, String version) throws IOException {
        String distInfo = module + "-" + version + ".dist-info/";
        Path wheel = dir.resolve(module + "-" + version + "-py3-none-any.whl");
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put(module + "/__init__.py", "__version__ = \"" + version + "\"\n");
        files.put(distInfo + "METADATA", "Metadata-Version: 2.1\nName: " + project + "\nVersion: " + version
                + "\nSummary: Published by the end-to-end test\nRequires-Python: >=3.8\n\n");
        files.put(distInfo + "WHEEL", "Wheel-Version: 1.0\nGenerator: packyard-test\nRoot-Is-Purelib: true\nTag: py3-none-any\n");
        StringBuilder record = new StringBuilder();
        files.keySet().forEach(name -> record.append(name).append(",,\n"));
        record.append(distInfo).append("RECORD,,\n");
        files.put(distInfo + "RECORD", record.toString());
        try (OutputStream out = Files.newOutputStream(wheel); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return wheel;
    }

    private static List<PackageVersionSummary> versions(String format, String namespace, String name) {
        try {
            return api.listPackageVersions(r -> r.domain("demo").repository("app").format(format).namespace(namespace)
                    .packageValue(name)).versions();
        } catch (software.amazon.awssdk.services.codeartifact.model.ResourceNotFoundException e) {
            return List.of();
        }
    }
}
