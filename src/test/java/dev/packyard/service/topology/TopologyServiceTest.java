package dev.packyard.service.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.app.Backend;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.Repository;
import dev.packyard.service.account.Quotas;
import dev.packyard.service.error.ServiceQuotaExceededException;
import dev.packyard.service.error.ValidationException;
import dev.packyard.testing.BackendTest;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyServiceTest extends BackendTest {
    private TopologyService topology() {
        return topology(backend);
    }

    private static TopologyService topology(Backend b) {
        return new TopologyService(b.catalog().domains(), b.catalog().repositories(), Quotas.CODEARTIFACT);
    }

    /** acme: npm-store (public:npmjs), maven-store (public:maven-central), team, app → team, npm-store. */
    private void acme() {
        backend.catalog().domains().create("acme", null);
        var repos = backend.catalog().repositories();
        repos.create(null, "acme", "npm-store", "npm cache", null);
        repos.associateExternalConnection(null, "acme", "npm-store", "public:npmjs");
        repos.create(null, "acme", "maven-store", "", null);
        repos.associateExternalConnection(null, "acme", "maven-store", "public:maven-central");
        repos.create(null, "acme", "team", "Team \"shared\" packages", List.of("npm-store", "maven-store"));
        repos.create(null, "acme", "app", "", List.of("team", "npm-store"));
    }

    private ImportPlan plan(String json, String domain) {
        return topology().plan(TopologyCodec.read(json), domain, ExistingRepositories.REFUSE);
    }

    private static String file(String repositories) {
        return "{\"format\": \"packyard-topology\", \"version\": 1, \"domain\": \"acme\", \"repositories\": [" + repositories + "]}";
    }

    private List<String> problems(String json) {
        return plan(json, null).problems().stream().map(TopologyProblem::toString).toList();
    }

    @Test
    void exportIsPrettyStableJsonWithTheHeaderAndRepositoriesByName() {
        acme();

        String text = TopologyCodec.write(topology().export("acme"));

        assertThat(text).isEqualTo("""
                {
                  "format": "packyard-topology",
                  "version": 1,
                  "domain": "acme",
                  "repositories": [
                    {
                      "name": "app",
                      "description": "",
                      "upstreams": [
                        "team",
                        "npm-store"
                      ],
                      "externalConnections": []
                    },
                    {
                      "name": "maven-store",
                      "description": "",
                      "upstreams": [],
                      "externalConnections": [
                        "public:maven-central"
                      ]
                    },
                    {
                      "name": "npm-store",
                      "description": "npm cache",
                      "upstreams": [],
                      "externalConnections": [
                        "public:npmjs"
                      ]
                    },
                    {
                      "name": "team",
                      "description": "Team \\"shared\\" packages",
                      "upstreams": [
                        "npm-store",
                        "maven-store"
                      ],
                      "externalConnections": []
                    }
                  ]
                }
                """);
        clock.advance(java.time.Duration.ofDays(1));
        assertThat(TopologyCodec.write(topology().export("acme"))).as("nothing time-dependent in the file").isEqualTo(text);
    }

    @Test
    void roundTripIntoAnotherDomainOfAFreshBackendCreatesUpstreamsBeforeTheirUsers(@TempDir Path other) {
        acme();
        String text = TopologyCodec.write(topology().export("acme"));

        try (Backend fresh = TestBackends.open(other, MutableClock.startingAt("2026-12-01T00:00:00Z"))) {
            ImportPlan plan = topology(fresh).plan(TopologyCodec.read(text), "copy", ExistingRepositories.REFUSE);
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.createsDomain()).isTrue();
            assertThat(plan.summary()).startsWith("Domain copy will be created. 4 repositories will be created, in this order:")
                    .contains("npm-store (external connection public:npmjs)").contains("app (upstreams team, npm-store)");

            ImportResult result = topology(fresh).apply(plan);

            assertThat(result.domainCreated()).isTrue();
            // app and team come first by name in the file, but need their upstreams to exist first.
            assertThat(result.created()).containsExactly("maven-store", "npm-store", "team", "app");
            Repository app = fresh.catalog().repositories().describe(null, "copy", "app");
            assertThat(app.upstreams()).containsExactly("team", "npm-store");
            assertThat(fresh.catalog().repositories().describe(null, "copy", "team").description()).isEqualTo("Team \"shared\" packages");
            assertThat(fresh.catalog().repositories().describe(null, "copy", "npm-store").externalConnection())
                    .contains(ExternalConnection.NPMJS);
            assertThat(TopologyCodec.write(topology(fresh).export("copy"))).isEqualTo(text.replace("\"acme\"", "\"copy\""));
        }
    }

    @Test
    void withoutATargetTheFilesDomainIsUsed() {
        ImportResult result = topology().importTopology(TopologyCodec.read(file("{\"name\": \"solo\"}")), null,
                ExistingRepositories.REFUSE);

        assertThat(result.domain()).isEqualTo("acme");
        assertThat(backend.catalog().repositories().describe(null, "acme", "solo").upstreams()).isEmpty();
    }

    @Test
    void upstreamsMayBeRepositoriesTheTargetDomainAlreadyHas() {
        acme();

        ImportPlan plan = plan(file("{\"name\": \"web\", \"upstreams\": [\"team\"]}"), "acme");

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.createsDomain()).isFalse();
        topology().apply(plan);
        assertThat(backend.catalog().repositories().describe(null, "acme", "web").upstreams()).containsExactly("team");
    }

    @Test
    void everyProblemOfAFileIsReportedWithItsPlaceAndNothingIsCreated() {
        String json = """
                {"format": "packyard-topology", "version": 1, "domain": "acme", "owner": "x", "repositories": [
                  {"name": "a", "upstreams": ["b"]},
                  {"name": "b", "upstreams": ["b", "ghost", "c", "c"], "externalConnections": ["public:npmjs"]},
                  {"name": "c", "externalConnections": ["public:npm", "public:pypi"], "description": "tab\\there"},
                  {"name": "c"},
                  {"name": 7, "upstream": []},
                  "just text"
                ]}
                """;

        List<String> problems = problems(json);

        assertThat(problems).containsExactlyInAnyOrder(
                "owner: unknown field: remove it or correct its name (known: domain, format, repositories, version)",
                "repositories[0].name: Invalid repository name 'a': use 2-100 characters: letters, digits, '.', '_' or '-', starting with a letter or digit",
                "repositories[1].name: Invalid repository name 'b': use 2-100 characters: letters, digits, '.', '_' or '-', starting with a letter or digit",
                "repositories[2].name: Invalid repository name 'c': use 2-100 characters: letters, digits, '.', '_' or '-', starting with a letter or digit",
                "repositories[3].name: Invalid repository name 'c': use 2-100 characters: letters, digits, '.', '_' or '-', starting with a letter or digit",
                "repositories[0].upstreams[0]: Invalid upstream name 'b': use 2-100 characters: letters, digits, '.', '_' or '-', starting with a letter or digit",
                "repositories[1].upstreams[0]: Invalid upstream name 'b': use 2-100 characters: letters, digits, '.', '_' or '-', starting with a letter or digit",
                "repositories[1].upstreams[1]: upstream 'ghost' is neither defined in this file nor a repository of domain acme: add it to \"repositories\" or correct the name",
                "repositories[1].upstreams[2]: Invalid upstream name 'c': use 2-100 characters: letters, digits, '.', '_' or '-', starting with a letter or digit",
                "repositories[1].upstreams[3]: Invalid upstream name 'c': use 2-100 characters: letters, digits, '.', '_' or '-', starting with a letter or digit",
                "repositories[1]: repository 'b' has both upstreams and an external connection, and a repository has one or the other: move the connection to a repository of its own and list that one as an upstream",
                "repositories[2].description: Invalid description: use at most 1000 characters and no control characters (it has 8)",
                "repositories[2].externalConnections: lists 2 external connections and a repository can have one: keep one, and give each other connection a repository of its own",
                "repositories[2].externalConnections[0]: unknown external connection 'public:npm': use one of " + String.join(", ", ExternalConnection.names()),
                "repositories[4].name: must be text in quotes, not the number 7",
                "repositories[4].upstream: unknown field: remove it or correct its name (known: description, externalConnections, name, upstreams)",
                "repositories[5]: must be a repository object with \"name\", \"description\", \"upstreams\" and \"externalConnections\", not the text \"just text\"");
        assertThat(backend.catalog().domains().list(null, null).items()).isEmpty();
        assertThatThrownBy(() -> topology().importTopology(TopologyCodec.read(json), null, ExistingRepositories.REFUSE))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("The topology cannot be imported into acme and nothing was created: owner: unknown field");
        assertThat(backend.catalog().domains().list(null, null).items()).isEmpty();
    }

    @Test
    void upstreamRulesAreCheckedWithValidNames() {
        List<String> problems = problems(file("""
                {"name": "app", "upstreams": ["app", "lib", "lib", "ghost"]},
                {"name": "lib"}
                """));

        assertThat(problems).containsExactly(
                "repositories[0].upstreams[0]: repository 'app' lists itself as an upstream: remove it",
                "repositories[0].upstreams[2]: upstream 'lib' is listed twice: list each upstream once",
                "repositories[0].upstreams[3]: upstream 'ghost' is neither defined in this file nor a repository of domain acme: add it to \"repositories\" or correct the name");
    }

    @Test
    void duplicateDefinitionsAndTooManyUpstreamsAreReported() {
        String eleven = IntStream.range(0, 11).mapToObj(i -> "\"up" + i + "\"").collect(Collectors.joining(", "));
        String ups = IntStream.range(0, 11).mapToObj(i -> "{\"name\": \"up" + i + "\"}").collect(Collectors.joining(", "));

        assertThat(problems(file("{\"name\": \"app\", \"upstreams\": [" + eleven + "]}, " + ups + ", {\"name\": \"up3\"}")))
                .containsExactly(
                        "repositories[12].name: repository 'up3' is already defined at repositories[4]: keep one definition",
                        "repositories[0].upstreams: lists 11 upstream repositories; at most 10 are allowed");
    }

    @Test
    void cyclesAreReportedOnceWithTheirPath() {
        assertThat(problems(file("""
                {"name": "aa", "upstreams": ["bb"]},
                {"name": "bb", "upstreams": ["cc"]},
                {"name": "cc", "upstreams": ["aa"]},
                {"name": "dd", "upstreams": ["dd2"]},
                {"name": "dd2", "upstreams": ["dd"]}
                """))).containsExactly(
                "repositories[0].upstreams: these upstreams make a cycle: aa → bb → cc → aa: remove one of the links",
                "repositories[3].upstreams: these upstreams make a cycle: dd → dd2 → dd: remove one of the links");
    }

    @Test
    void aCycleThroughAnExistingRepositoryIsFoundWhenItIsSkipped() {
        acme();
        // The file wants team to use app, app already uses team: skipping team keeps its real upstreams in the graph.
        String json = file("{\"name\": \"team\", \"upstreams\": [\"web\"]}, {\"name\": \"web\", \"upstreams\": [\"app\"]}");

        ImportPlan skip = topology().plan(TopologyCodec.read(json), "acme", ExistingRepositories.SKIP);

        assertThat(skip.problems()).isEmpty();
        assertThat(skip.skipped()).containsExactly("team");
        assertThat(skip.toCreate()).extracting(TopologyRepository::name).containsExactly("web");
    }

    @Test
    void headerProblems() {
        assertThat(problems("{\"repositories\": []}")).containsExactly(
                "format: missing: a topology file starts with \"format\": \"packyard-topology\"",
                "version: missing: add \"version\": 1",
                "domain: missing: add \"domain\" with a text value");
        assertThat(problems("{\"format\": \"npm\", \"version\": 2, \"domain\": \"acme\", \"repositories\": {}}")).containsExactly(
                "format: is \"npm\", not \"packyard-topology\": this is not a Packyard topology file",
                "version: is 2, and this Packyard reads version 1: the file was written by a newer Packyard; update Packyard",
                "repositories: must be a list of repository objects, not an object");
        assertThat(problems("{\"format\": \"packyard-topology\", \"version\": \"1\", \"domain\": \"Bad_Domain\"}")).containsExactly(
                "version: must be a whole number (this Packyard reads version 1), not \"1\"",
                "repositories: missing: add \"repositories\": [ … ], a list of repository objects",
                "domain: Invalid domain 'Bad_Domain': use 2-50 characters: a lowercase letter first, then lowercase letters, "
                        + "digits or '-', ending with a letter or digit (for example 'my-domain')");
        assertThat(problems("[1, 2]")).singleElement().asString().startsWith("file: a topology file is one JSON object");
        assertThat(problems("{\"format\": \"packyard-topology\",\n  \"version\": 1,,}")).singleElement().asString()
                .startsWith("line 2, column 16: not valid JSON (").endsWith("): fix the syntax, or export the topology again");
    }

    @Test
    void anInvalidTargetDomainIsReported() {
        assertThat(plan(file(""), "No").problems()).extracting(TopologyProblem::location).containsExactly("target domain");
    }

    @Test
    void existingRepositoriesAreConflictsUnlessSkippedExplicitly() {
        acme();
        String json = file("""
                {"name": "team", "upstreams": ["npm-store"]},
                {"name": "app"},
                {"name": "web", "upstreams": ["team"]}
                """);

        ImportPlan refused = plan(json, "acme");
        assertThat(refused.conflicts()).containsExactly("team", "app");
        assertThat(refused.onlyConflicts()).isTrue();
        assertThat(refused.problems()).extracting(TopologyProblem::toString).containsExactly(
                "repositories[0].name: repository 'team' already exists in domain acme: remove it from the file, import into "
                        + "another domain, or choose to skip the existing repositories",
                "repositories[1].name: repository 'app' already exists in domain acme: remove it from the file, import into "
                        + "another domain, or choose to skip the existing repositories");
        assertThatThrownBy(() -> topology().apply(refused)).isInstanceOf(ValidationException.class);
        assertThat(backend.catalog().domains().describe(null, "acme").repositoryCount()).isEqualTo(4);

        ImportPlan skipping = topology().plan(TopologyCodec.read(json), "acme", ExistingRepositories.SKIP);
        assertThat(skipping.summary()).isEqualTo("""
                Into the existing domain acme. 1 repository will be created, in this order:
                  • web (upstreams team)
                2 repositories already exist and are left as they are: team, app""");
        ImportResult result = topology().apply(skipping);
        assertThat(result.created()).containsExactly("web");
        assertThat(result.skipped()).containsExactly("team", "app");
        assertThat(backend.catalog().repositories().describe(null, "acme", "team").upstreams()).containsExactly("npm-store", "maven-store");
    }

    @Test
    void aPlanIsCheckedAgainWhenAppliedAndARepositoryCreatedMeanwhileStopsIt() {
        ImportPlan plan = plan(file("{\"name\": \"lib\"}, {\"name\": \"app\", \"upstreams\": [\"lib\"]}"), null);
        backend.catalog().domains().create("acme", null);
        backend.catalog().repositories().create(null, "acme", "app", "", List.of());

        assertThatThrownBy(() -> topology().apply(plan)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("repository 'app' already exists in domain acme");
        assertThat(backend.catalog().domains().describe(null, "acme").repositoryCount()).isEqualTo(1);
    }

    @Test
    void aFailureHalfWayDeletesWhatTheImportCreatedAndTheDomain() {
        // A planner allowing more upstreams than the repository service lets the last creation fail after others.
        TopologyService lenient = new TopologyService(backend.catalog().domains(), backend.catalog().repositories(),
                new Quotas(10, 1000, 20, 25, 150, 100));
        String eleven = IntStream.range(0, 11).mapToObj(i -> "\"up" + i + "\"").collect(Collectors.joining(", "));
        String ups = IntStream.range(0, 11).mapToObj(i -> "{\"name\": \"up" + i + "\"}").collect(Collectors.joining(", "));
        ParsedTopology parsed = TopologyCodec.read(file(ups + ", {\"name\": \"app\", \"upstreams\": [" + eleven + "]}"));

        assertThatThrownBy(() -> lenient.importTopology(parsed, "fresh", ExistingRepositories.REFUSE))
                .isInstanceOf(ServiceQuotaExceededException.class);

        assertThat(backend.catalog().domains().list(null, null).items()).isEmpty();
    }

    @Test
    void fileNamesWithEitherExtensionAreTopologyFiles() {
        assertThat(TopologyCodec.isTopologyFileName("acme.packyard")).isTrue();
        assertThat(TopologyCodec.isTopologyFileName("acme.PACKYARD.json")).isTrue();
        assertThat(TopologyCodec.isTopologyFileName("acme.json")).isFalse();
        assertThat(TopologyCodec.suggestedFileName("acme")).isEqualTo("acme.packyard");
    }
}
