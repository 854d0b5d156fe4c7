package dev.packyard.formats.npm.http;

import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.RepositoryId;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.service.packages.DistTagService;
import dev.packyard.service.packages.HeldPackages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code npm search} ({@code GET -/v1/search?text=&size=&from=}) over the npm packages the repository holds: every
 * word of the text must occur in the package's name or in the description of its latest version. Packages with no
 * Published version are left out. The repository's packages are read page by page, so a search costs a scan of them.
 */
final class NpmSearch {
    private static final ObjectMapper JSON = SharedJson.MAPPER;
    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 250;
    private static final int PAGE = 500;

    private final HeldPackages packages;
    private final DistTagService distTags;
    private final Clock clock;

    NpmSearch(ServerContext context) {
        this.packages = context.content().held();
        this.distTags = context.content().distTags();
        this.clock = context.clock();
    }

    ObjectNode search(RepositoryId repository, String text, String size, String from) {
        int limit = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        int offset = number("from", from, 0, 0, Integer.MAX_VALUE);
        List<String> words = text == null ? List.of() : Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
        List<Hit> hits = new ArrayList<>();
        PackageCoordinate after = null;
        List<PackageSummary> page;
        do {
            page = packages.page(repository, PackageFormat.NPM, after, PAGE);
            for (PackageSummary p : page) {
                distTags.displayVersion(repository, p.coordinate()).flatMap(v -> Hit.of(v, words)).ifPresent(hits::add);
            }
            after = page.isEmpty() ? null : page.get(page.size() - 1).coordinate();
        } while (page.size() == PAGE);
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(Hit::name));

        ObjectNode answer = JSON.createObjectNode();
        ArrayNode objects = answer.putArray("objects");
        hits.stream().skip(offset).limit(limit).forEach(hit -> objects.add(hit.object()));
        answer.put("total", hits.size());
        answer.put("time", clock.instant().toString());
        return answer;
    }

    private static int number(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            throw new BadRequestException("The search parameter " + name + " must be a whole number, not '" + value + "'");
        }
    }

    /** A matching package and how well it matches: 0 the exact name, 1 a word in the name, 2 only in the description. */
    private record Hit(String name, PackageVersion version, int rank) {
        static Optional<Hit> of(PackageVersion v, List<String> words) {
            String name = NpmPath.fullName(v.coordinate());
            String lowerName = name.toLowerCase(Locale.ROOT);
            String description = Optional.ofNullable(v.metadata().summary()).orElse("").toLowerCase(Locale.ROOT);
            boolean allInName = true;
            for (String word : words) {
                boolean inName = lowerName.contains(word);
                if (!inName && !description.contains(word)) {
                    return Optional.empty();
                }
                allInName &= inName;
            }
            int rank = String.join(" ", words).equals(lowerName) ? 0 : allInName ? 1 : 2;
            return Optional.of(new Hit(name, v, rank));
        }

        ObjectNode object() {
            ObjectNode object = JSON.createObjectNode();
            ObjectNode pkg = object.putObject("package");
            pkg.put("name", name);
            pkg.put("scope", version.coordinate().namespace() == null ? "unscoped" : version.coordinate().namespace());
            pkg.put("version", version.version());
            if (version.metadata().summary() != null) {
                pkg.put("description", version.metadata().summary());
            }
            pkg.putArray("keywords");
            pkg.put("date", version.publishedTime().toString());
            ObjectNode links = pkg.putObject("links");
            if (version.metadata().homePage() != null) {
                links.put("homepage", version.metadata().homePage());
            }
            if (version.metadata().sourceCodeRepository() != null) {
                links.put("repository", version.metadata().sourceCodeRepository());
            }
            pkg.putObject("publisher").put("username", publisher(version));
            pkg.putArray("maintainers");
            double score = 1.0 - rank * 0.25;
            ObjectNode scores = object.putObject("score");
            scores.put("final", score);
            scores.putObject("detail").put("quality", score).put("popularity", score).put("maintenance", score);
            object.put("searchScore", score);
            return object;
        }

        /** Who put the version here, as the console's origin column says it: the repository or the connection. */
        private static String publisher(PackageVersion v) {
            return Optional.ofNullable(v.origin().repositoryName()).or(() -> Optional.ofNullable(v.origin().externalConnectionName()))
                    .orElse(v.origin().type().name().toLowerCase(Locale.ROOT));
        }
    }
}
