package dev.packyard.bench;

import dev.packyard.app.Backend;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.Page;
import dev.packyard.service.packages.PackageRef;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.packages.PackageQuery;
import dev.packyard.service.packages.PackageService;
import dev.packyard.service.paging.PageTokens;
import dev.packyard.service.persistence.PackageStore.PackageFilter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Issue 8 part 4, service side: a million package versions in one domain, read through the real services.
 * Prints page latencies of list-packages (first, middle and last page at max-results 100 and 1000),
 * list-package-versions and describe-package-version (first, middle and last package), the time to count a
 * repository's packages by walking every page (what the console's navigation tree does), the database size on disk
 * and the heap in use after GC with the catalogue open.
 *
 * <p>Arguments: {@code DATA_DIR [PACKAGES [VERSIONS_PER_PACKAGE]]} (defaults 100000 and 10). The catalogue is
 * generated on the first run and reused after. {@code -Dbench.explain=true} also prints H2's EXPLAIN ANALYZE of the
 * last-page queries.
 */
public final class CatalogScaleBench {
    private static final int REPEATS = 15;
    private static List<PackageCoordinate> sorted;

    private CatalogScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "bench/work/catalog-1m");
        int packages = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int versionsPerPackage = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        ScaleCatalog catalog = new ScaleCatalog(dataDir, packages, versionsPerPackage);
        System.out.println("== Catalogue scale (issue 8 part 4): " + Machine.jvm());
        boolean reused = catalog.present();
        double generated = catalog.ensure();
        System.out.printf(Locale.ROOT, "catalogue: %,d packages, %,d versions, %,d asset records in %s (%s)%n", packages,
                catalog.versions(), catalog.versions(), catalog.dataDir,
                reused ? "reused" : String.format(Locale.ROOT, "generated in %.1f s by the bulk loader", generated));
        System.out.println("database on disk before opening: " + Stats.mib(catalog.databaseBytes()));
        long heapBefore = Machine.heapUsedAfterGc();

        long openStart = System.nanoTime();
        try (Backend backend = Backend.open(catalog.dataDir, "us-east-1", Clock.systemUTC())) {
            System.out.println("open the data directory (Flyway check, H2 open): "
                    + Stats.ms((System.nanoTime() - openStart) / 1e6));
            PackageService service = backend.catalog().packages();
            new CatalogScaleBench().run(backend, service, catalog);
            System.out.println("heap used after GC, catalogue open: " + Stats.mib(Machine.heapUsedAfterGc())
                    + " (before opening: " + Stats.mib(heapBefore) + ")");
            if (Boolean.getBoolean("bench.explain")) {
                explain(catalog);
            }
        }
        System.out.println("database on disk after a normal close: " + Stats.mib(catalog.databaseBytes()));
    }

    private void run(Backend backend, PackageService service, ScaleCatalog catalog) {
        RepositoryId repo = backend.catalog().repositories().require(null, ScaleCatalog.DOMAIN, ScaleCatalog.REPOSITORY).id();
        String scope = PageTokens.scope("packages", repo, PackageFilter.NONE);
        // The token a client holds after reading up to package i: the same encoding the service hands out.
        PackageCoordinate middleKey = sortedCoordinate(catalog, catalog.packages / 2 - 1);
        PackageCoordinate lastKey = sortedCoordinate(catalog, catalog.packages - 101);
        PackageCoordinate lastKey1000 = sortedCoordinate(catalog, catalog.packages - 1001);
        for (int pageSize : new int[] {100, 1000}) {
            PackageCoordinate lastStart = pageSize == 100 ? lastKey : lastKey1000;
            String middle = token(scope, middleKey);
            String last = token(scope, lastStart);
            System.out.printf(Locale.ROOT, "list-packages max-results %d:%n", pageSize);
            report("  first page", () -> list(service, pageSize, null));
            report("  middle page", () -> list(service, pageSize, middle));
            report("  last page", () -> list(service, pageSize, last));
        }
        Stats count = new Stats();
        int[] counted = new int[1];
        for (int i = 0; i < Integer.getInteger("bench.countRepeats", 3); i++) {
            count.add(Stats.time(() -> counted[0] = countPackages(service)));
        }
        System.out.printf(Locale.ROOT, "repository package count, %,d packages (every page at max-results 1000, as the "
                + "console's navigation tree and packages table read them): %s%n", counted[0], count.summary());

        report("repository package count (count query, as the console counts now)", () -> count(service, null, null));
        // The console's filter: a name prefix (first page of 200 and the number of matches), and a format.
        for (String prefix : new String[] {"py-project-00999", "lib-00012", "pkg-", "zzz"}) {
            int matches = count(service, null, prefix);
            report(String.format(Locale.ROOT, "package-prefix %s (%,d matches): count", prefix, matches),
                    () -> count(service, null, prefix));
            report("package-prefix " + prefix + ": first page of 200",
                    () -> service.list(PackageQuery.in(null, ScaleCatalog.DOMAIN, ScaleCatalog.REPOSITORY).packagePrefix(prefix), 200, null));
        }
        report("format pypi: count", () -> count(service, "pypi", null));

        // describe-domain's asset size was a sum over every asset record of the domain; it is kept with them now (V9).
        System.out.printf(Locale.ROOT, "describe-domain asset size: %,d bytes%n",
                backend.catalog().domains().describe(null, ScaleCatalog.DOMAIN).assetSizeBytes());
        report("describe-domain (repository count and asset size of the domain)",
                () -> backend.catalog().domains().describe(null, ScaleCatalog.DOMAIN));

        int[] positions = {0, catalog.packages / 2, catalog.packages - 1};
        String[] names = {"first", "middle", "last"};
        for (int i = 0; i < positions.length; i++) {
            PackageCoordinate c = ScaleCatalog.coordinate(positions[i]);
            PackageRef ref = backend.catalog().locator().locate(null, ScaleCatalog.DOMAIN, ScaleCatalog.REPOSITORY,
                    c.format().wireName(), c.namespace(), c.name());
            String version = ScaleCatalog.version(catalog.versionsPerPackage / 2);
            report("list-package-versions, " + names[i] + " package (" + c.displayName() + ")",
                    () -> backend.catalog().versions().list(ref, null, null, null, null, null));
            report("list-package-versions by published time, " + names[i] + " package",
                    () -> backend.catalog().versions().list(ref, null, null, "PUBLISHED_TIME", null, null));
            report("describe-package-version, " + names[i] + " package",
                    () -> backend.catalog().versions().describe(ref, version));
            report("describe-package, " + names[i] + " package",
                    () -> service.describe(null, ScaleCatalog.DOMAIN, ScaleCatalog.REPOSITORY, c.format().wireName(),
                            c.namespace(), c.name()));
        }
    }

    private static String token(String scope, PackageCoordinate c) {
        return PageTokens.encode(scope, c.format().wireName(), c.namespace(), c.name());
    }

    /** The coordinate at position i of the listing order (format, namespace, name). */
    private static PackageCoordinate sortedCoordinate(ScaleCatalog catalog, int i) {
        if (sorted == null) {
            List<PackageCoordinate> all = new ArrayList<>();
            for (int p = 0; p < catalog.packages; p++) {
                all.add(ScaleCatalog.coordinate(p));
            }
            all.sort(Comparator.comparing((PackageCoordinate c) -> c.format().wireName())
                    .thenComparing(c -> c.namespace() == null ? "" : c.namespace()).thenComparing(PackageCoordinate::name));
            sorted = all;
        }
        return sorted.get(i);
    }

    private static int countPackages(PackageService service) {
        int n = 0;
        String token = null;
        do {
            Page<PackageSummary> page = list(service, 1000, token);
            n += page.items().size();
            token = page.nextToken().orElse(null);
        } while (token != null);
        return n;
    }

    private static int count(PackageService service, String format, String prefix) {
        return service.count(PackageQuery.in(null, ScaleCatalog.DOMAIN, ScaleCatalog.REPOSITORY).format(format).packagePrefix(prefix));
    }

    private static Page<PackageSummary> list(PackageService service, int max, String token) {
        return service.list(PackageQuery.in(null, ScaleCatalog.DOMAIN, ScaleCatalog.REPOSITORY), max, token);
    }

    private static void report(String what, Supplier<?> call) {
        call.get();
        Stats stats = new Stats();
        for (int i = 0; i < REPEATS; i++) {
            stats.add(Stats.time(call::get));
        }
        System.out.println(what + ": " + stats.summary());
    }

    /** H2's own account of the store's listing queries on the last page, to see whether they use an index. */
    private static void explain(ScaleCatalog catalog) throws Exception {
        PackageCoordinate last = ScaleCatalog.coordinate(catalog.packages - 1);
        String repo = "JOIN repository r ON r.id = p.repository_id WHERE r.domain_owner = r.domain_owner "
                + "AND r.domain_name = '" + ScaleCatalog.DOMAIN + "' AND r.name = '" + ScaleCatalog.REPOSITORY + "'";
        String repoId = "(SELECT id FROM repository WHERE domain_name = '" + ScaleCatalog.DOMAIN + "' AND name = '"
                + ScaleCatalog.REPOSITORY + "')";
        String[] queries = {
            // list-packages, a page in the PyPI part, as the store asked before V7 (one row-value comparison, a join)
            "SELECT p.id, p.format, p.namespace, p.name FROM package p " + repo
                    + " AND (p.format, p.namespace, p.name) > ('pypi', '', 'py-project-0099000') "
                    + "ORDER BY p.format, p.namespace, p.name LIMIT 101",
            // the same page as the store asks now: its first key range, from the named index in order
            "SELECT p.id, p.format, p.namespace, p.name FROM package p USE INDEX (package_listing_order) WHERE p.repository_id = "
                    + repoId + " AND p.format = 'pypi' AND p.namespace = '' AND p.name > 'py-project-0099000' "
                    + "ORDER BY p.repository_id, p.format, p.namespace, p.name LIMIT 101",
            "SELECT v.version FROM package_version v JOIN package p ON p.id = v.package_id " + repo
                    + " AND p.format = '" + last.format().wireName() + "' AND p.namespace = '' AND p.name = '"
                    + last.name() + "' ORDER BY v.version LIMIT 101",
        };
        try (Connection c = catalog.connect(); Statement s = c.createStatement()) {
            for (String q : queries) {
                System.out.println("EXPLAIN ANALYZE " + q);
                try (ResultSet rs = s.executeQuery("EXPLAIN ANALYZE " + q)) {
                    while (rs.next()) {
                        System.out.println("  " + rs.getString(1).replace("\n", "\n  "));
                    }
                }
            }
        }
    }
}
