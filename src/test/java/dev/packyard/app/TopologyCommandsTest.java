package dev.packyard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.app.console.OpenRequests;
import dev.packyard.model.ExternalConnection;
import dev.packyard.store.datadir.DataDirectory;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** export-topology, import-topology, and the topology file the console can be opened with. */
class TopologyCommandsTest {
    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void acme() {
        try (Backend backend = TestBackends.open(dir, MutableClock.startingAt("2026-11-01T10:00:00Z"))) {
            backend.catalog().domains().create("acme", null);
            backend.catalog().repositories().create(null, "acme", "npm-store", "npm cache", null);
            backend.catalog().repositories().associateExternalConnection(null, "acme", "npm-store", "public:npmjs");
            backend.catalog().repositories().create(null, "acme", "team", "", List.of("npm-store"));
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Launcher.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private Backend open() {
        return TestBackends.open(dir, MutableClock.startingAt("2026-11-02T10:00:00Z"));
    }

    @Test
    void exportPrintsTheFileOrWritesItWithOutput() throws IOException {
        assertThat(run("export-topology", "--domain", "acme", "--data-dir", data())).isZero();
        String printed = out.toString();
        assertThat(printed).startsWith("{\n  \"format\": \"packyard-topology\",\n  \"version\": 1,\n  \"domain\": \"acme\",")
                .contains("\"npm cache\"");

        Path file = dir.resolve("acme.packyard");
        assertThat(run("export-topology", "--domain", "acme", "--data-dir", data(), "-o", file.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("Exported domain acme (2 repositories) to " + file);
        assertThat(Files.readString(file)).isEqualTo(printed);
    }

    @Test
    void importCreatesTheRepositoriesInTheNamedDomain() throws IOException {
        Path file = dir.resolve("acme.packyard.json");
        run("export-topology", "--domain", "acme", "--data-dir", data(), "-o", file.toString());

        assertThat(run("import-topology", file.toString(), "--domain", "copy", "--data-dir", data())).isZero();

        assertThat(out.toString().strip()).isEqualTo("Imported " + file + " into domain copy (created): 2 repositories "
                + "created (npm-store, team)");
        try (Backend backend = open()) {
            assertThat(backend.catalog().repositories().describe(null, "copy", "team").upstreams()).containsExactly("npm-store");
            assertThat(backend.catalog().repositories().describe(null, "copy", "npm-store").externalConnection())
                    .contains(ExternalConnection.NPMJS);
        }
    }

    @Test
    void importIntoADomainThatHasTheRepositoriesNamesThemAndSkipsThemOnlyWhenAsked() throws IOException {
        Path file = dir.resolve("acme.packyard");
        run("export-topology", "--domain", "acme", "--data-dir", data(), "-o", file.toString());
        try (Backend backend = open()) {
            backend.catalog().repositories().delete(null, "acme", "team");
        }

        assertThat(run("import-topology", file.toString(), "--data-dir", data())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "packyard: " + file + ": repositories[0].name: repository 'npm-store' already exists in domain acme: remove it "
                        + "from the file, import into another domain, or choose to skip the existing repositories",
                "packyard: 1 problem in " + file + "; nothing was imported (--skip-existing imports the other repositories)");

        assertThat(run("import-topology", file.toString(), "--data-dir", data(), "--skip-existing", "--dry-run")).isZero();
        assertThat(out.toString()).contains("1 repository will be created").contains("Dry run: nothing was created.");
        try (Backend backend = open()) {
            assertThat(backend.catalog().domains().describe(null, "acme").repositoryCount()).isEqualTo(1);
        }

        assertThat(run("import-topology", file.toString(), "--data-dir", data(), "--skip-existing")).isZero();
        assertThat(out.toString().strip()).isEqualTo("Imported " + file + " into domain acme: 1 repository created (team), "
                + "1 existing left as they are (npm-store)");
    }

    @Test
    void aBadFileListsEveryProblemOneLineEachAndExitsNonZero() throws IOException {
        Path file = dir.resolve("bad.packyard");
        Files.writeString(file, "{\"format\": \"packyard-topology\", \"version\": 3, \"domain\": \"acme\", \"repositories\": "
                + "[{\"name\": \"web\", \"upstreams\": [\"nowhere\"]}]}");

        assertThat(run("import-topology", file.toString(), "--data-dir", data())).isEqualTo(1);

        assertThat(err.toString().lines().toList()).containsExactly(
                "packyard: " + file + ": version: is 3, and this Packyard reads version 1: the file was written by a newer "
                        + "Packyard; update Packyard",
                "packyard: " + file + ": repositories[0].upstreams[0]: upstream 'nowhere' is neither defined in this file nor "
                        + "a repository of domain acme: add it to \"repositories\" or correct the name",
                "packyard: 2 problems in " + file + "; nothing was imported");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingFileAndAnUnknownDomainAreOneLineErrors() {
        assertThat(run("import-topology", dir.resolve("none.packyard").toString(), "--data-dir", data())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "packyard: " + dir.resolve("none.packyard") + ": file: " + dir.resolve("none.packyard") + " does not exist: check the path",
                "packyard: 1 problem in " + dir.resolve("none.packyard") + "; nothing was imported");

        assertThat(run("export-topology", "--domain", "nope", "--data-dir", data())).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").startsWith("packyard: Domain nope does not exist");
    }

    @Test
    void usageErrorsAndADataDirectoryInUseAreOneLine() {
        assertThat(run("export-topology", "--data-dir", data())).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--domain");
        assertThat(run("import-topology")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("FILE");

        try (DataDirectory held = DataDirectory.open(dir.resolve("data"))) {
            assertThat(run("export-topology", "--domain", "acme", "--data-dir", data())).isEqualTo(1);
        }
        assertThat(err.toString().strip()).doesNotContain("\n").contains("is in use by another Packyard process")
                .contains("use the Domains screen");
    }

    @Test
    void helpOfEachCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("export-topology").contains("import-topology").contains("serve").contains("[FILE]");
        assertThat(run("export-topology", "--help")).isZero();
        assertThat(out.toString()).contains("--domain=D").contains("-o, --output=FILE").contains("--data-dir=DIR");
        assertThat(run("import-topology", "--help")).isZero();
        assertThat(out.toString()).contains("--skip-existing").contains("--dry-run").contains("--domain=D");
    }

    @Test
    void theConsoleTakesATopologyFileAsPathOrFileUriAndKeepsItsOptions() {
        PackyardCommand command = new PackyardCommand();
        new CommandLine(command).parseArgs("--data-dir", data(), "--demo", "team.packyard.json");
        assertThat(command.topologyFile).isEqualTo(Path.of("team.packyard.json"));
        assertThat(command.demo).isTrue();
        assertThat(command.dataDir).isEqualTo(Path.of(data()));

        PackyardCommand fromDesktop = new PackyardCommand();
        Path file = dir.resolve("my team.packyard");
        new CommandLine(fromDesktop).parseArgs(file.toUri().toString());
        assertThat(fromDesktop.topologyFile).isEqualTo(file);

        PackyardCommand plain = new PackyardCommand();
        new CommandLine(plain).parseArgs("--data-dir", data());
        assertThat(plain.topologyFile).isNull();
    }

    @Test
    void aFileOpenedWhileTheConsoleRunsIsHandedToItAndOtherwiseTheDirectoryInUseIsReported() {
        Path file = dir.resolve("team.packyard");
        try (DataDirectory held = DataDirectory.open(dir.resolve("data"))) {
            assertThat(run("--data-dir", data(), file.toString())).as("held by serve: no console takes files").isEqualTo(1);
            assertThat(err.toString()).contains("is in use by another Packyard process");

            try (OpenRequests console = OpenRequests.accept(dir.resolve("data"))) {
                assertThat(run("--data-dir", data(), file.toString())).isZero();
                assertThat(out.toString().strip()).isEqualTo("Packyard is already running on " + data()
                        + "; it offers to import " + file + " there");
                List<Path> offered = new java.util.ArrayList<>();
                console.start(offered::add, java.time.Duration.ofHours(1));
                assertThat(offered).containsExactly(file);
            }
        }
    }

    @Test
    void anArgumentThatIsNeitherACommandNorATopologyFileIsAUsageError() {
        assertThat(run("sevre")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n")
                .contains("'sevre' is neither a command (serve, export-topology, import-topology) nor a topology file "
                        + "(*.packyard, *.packyard.json)");
    }
}
