package dev.packyard.bench;

import dev.packyard.app.Backend;
import dev.packyard.service.packages.PackageQuery;
import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageSearch;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.packages.NewVersion;
import dev.packyard.service.packages.PackageService;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Issue 14: the console's search across a domain's repositories at a million package versions. The catalogue is
 * {@link ScaleCatalog} (100,000 packages × 10 versions in repository "everything" of domain "scale", npm, scoped npm,
 * Maven and PyPI mixed) plus a repository "mirror" holding 1,000 of the same packages (one version each, recorded
 * through the services), so one name is found in two repositories. Each kind of search runs {@code RUNS} times with a
 * different term each time, through {@link PackageService#searchDomain} with the console's page of 51, and prints
 * the median and p99.
 *
 * <p>Arguments: {@code DATA_DIR [PACKAGES [VERSIONS_PER_PACKAGE]]} (defaults 100000 and 10; the catalogue is reused
 * from an earlier run). {@code -Dbench.explain=true} also prints H2's EXPLAIN ANALYZE of one query of each kind.
 */
public final class DomainSearchBench {
    private static final int RUNS = 200;
    private static final int WARM_UP = 30;
    private static final int MIRRORED = 1_000;
    private static final int PAGE = 51;

    private DomainSearchBench() {
    }

    /** A kind of search and the text a user would type for run i. */
    private record Kind(String label, IntFunction<String> typed) {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "bench/work/catalog-100000x10");
        int packages = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int versionsPerPackage = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        ScaleCatalog catalog = new ScaleCatalog(dataDir, packages, versionsPerPackage);
        System.out.println("== Domain search (issue 14): " + Machine.jvm());
        boolean reused = catalog.present();
        double generated = catalog.ensure();
        System.out.printf(Locale.ROOT, "catalogue: %,d packages, %,d versions in %s (%s)%n", packages, catalog.versions(),
                catalog.dataDir, reused ? "reused" : String.format(Locale.ROOT, "generated in %.1f s", generated));
        try (Backend backend = Backend.open(catalog.dataDir, "us-east-1", Clock.systemUTC())) {
            DomainId domain = backend.catalog().repositories().require(null, ScaleCatalog.DOMAIN, ScaleCatalog.REPOSITORY).domain();
            mirror(backend, packages);
            Random random = new Random(14);
            int quarter = packages / 4;
            List<Kind> kinds = List.of(
                    new Kind("name prefix, one package (py-project-0012345)",
                            i -> ScaleCatalog.coordinate(4 * random.nextInt(quarter) + 3).name()),
                    new Kind("name prefix, a few packages (pkg-001234)",
                            i -> ScaleCatalog.coordinate(4 * random.nextInt(quarter)).name().substring(0, 10)),
                    new Kind("name prefix, thousands of packages (artifact-003)", i -> "artifact-00" + random.nextInt(10)),
                    new Kind("format word and prefix, thousands (npm lib-003)", i -> "npm lib-00" + random.nextInt(10)),
                    new Kind("scope and name prefix (@scope7/lib-00)", i -> "@scope" + random.nextInt(50) + "/lib-00" + random.nextInt(10)),
                    new Kind("Maven group and artifact prefix (org.example.group7:artifact-00)",
                            i -> "org.example.group" + random.nextInt(200) + ":artifact-00" + random.nextInt(10)),
                    new Kind("namespace prefix, no name matches (org.example.group1)", i -> "org.example.group" + random.nextInt(10)),
                    new Kind("a format alone (pypi)", i -> List.of("npm", "pypi", "maven").get(random.nextInt(3))),
                    new Kind("nothing matches (zz-nothing-12345)", i -> "zz-nothing-" + random.nextInt(100_000)));
            PackageService service = backend.catalog().packages();
            for (Kind kind : kinds) {
                for (int i = 0; i < WARM_UP; i++) {
                    service.searchDomain(domain, PackageSearch.parse(kind.typed().apply(i)), PAGE);
                }
                Stats stats = new Stats();
                int hits = 0;
                for (int i = 0; i < RUNS; i++) {
                    PackageSearch search = PackageSearch.parse(kind.typed().apply(i));
                    long start = System.nanoTime();
                    hits += service.searchDomain(domain, search, PAGE).size();
                    stats.addNanos(System.nanoTime() - start);
                }
                System.out.printf(Locale.ROOT, "%-70s p50 %s, p99 %s, max %s, %.1f hits on average%n", kind.label(),
                        Stats.ms(stats.median()), Stats.ms(stats.percentile(99)), Stats.ms(stats.max()), hits / (double) RUNS);
            }
            if (Boolean.getBoolean("bench.explain")) {
                explain(catalog);
            }
        }
    }

    /** Every 100th package again in a second repository, through the services (kept from an earlier run). */
    private static void mirror(Backend backend, int packages) {
        if (backend.catalog().repositories().listInDomain(null, ScaleCatalog.DOMAIN, null, "mirror", 10, null).items().isEmpty()) {
            backend.catalog().repositories().create(null, ScaleCatalog.DOMAIN, "mirror", "Some of the packages again", List.of());
        }
        RepositoryId mirror = backend.catalog().repositories().require(null, ScaleCatalog.DOMAIN, "mirror").id();
        if (backend.catalog().packages().count(PackageQuery.in(null, ScaleCatalog.DOMAIN, "mirror")) >= MIRRORED) {
            return;
        }
        for (int i = 0; i < MIRRORED; i++) {
            PackageCoordinate c = ScaleCatalog.coordinate(i * (packages / MIRRORED) + i % 4);
            backend.catalog().packages().recordVersion(new NewVersion(mirror, c, ScaleCatalog.version(0), PackageVersionStatus.Published,
                    PackageVersionOrigin.internal("mirror"), java.time.Instant.now(), VersionMetadata.EMPTY, List.of()));
        }
    }

    private static void explain(ScaleCatalog catalog) throws Exception {
        String ids = "(SELECT id FROM repository WHERE domain_name = 'scale')";
        String columns = "p.id, p.repository_id, p.format, p.namespace, p.name, "
                + "(SELECT COUNT(*) FROM package_version v WHERE v.package_id = p.id) AS versions";
        List<String> queries = List.of(
                "SELECT " + columns + " FROM package p USE INDEX (package_search_by_name) WHERE p.repository_id IN " + ids
                        + " AND p.name LIKE 'artifact-00%' ESCAPE '\\' ORDER BY p.name, p.namespace, p.format, p.repository_id LIMIT 51",
                "SELECT " + columns + " FROM package p USE INDEX (package_search_by_namespace) WHERE p.repository_id IN " + ids
                        + " AND p.namespace = 'scope7' AND p.name LIKE 'lib-00%' ESCAPE '\\' "
                        + "ORDER BY p.namespace, p.name, p.format, p.repository_id LIMIT 51");
        try (Connection c = catalog.connect(); Statement s = c.createStatement()) {
            for (String q : queries) {
                System.out.println("EXPLAIN ANALYZE " + q);
                try (ResultSet rs = s.executeQuery("EXPLAIN ANALYZE " + q)) {
                    while (rs.next()) {
                        System.out.println(rs.getString(1));
                    }
                }
            }
        }
    }
}
