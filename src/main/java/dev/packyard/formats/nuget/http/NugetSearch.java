package dev.packyard.formats.nuget.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.formats.nuget.NugetVersion;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.SharedJson;
import dev.packyard.service.packages.HeldPackages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SearchQueryService over the packages the repository itself holds (as CodeArtifact searches a repository, not
 * its upstreams): {@code q} matched against the id, {@code prerelease} and {@code semVerLevel} filter versions,
 * {@code skip}/{@code take} page the packages, ordered by id. Only listed (Published) versions are found.
 */
final class NugetSearch {
    private static final int PAGE = 500;
    private static final int MAX_TAKE = 1000;

    private final HeldPackages held;
    private final HeldPackages manifests;

    NugetSearch(HeldPackages held, HeldPackages manifests) {
        this.held = held;
        this.manifests = manifests;
    }

    record Query(String text, int skip, int take, boolean prerelease, boolean semVer2) {
        static Query of(String q, String skip, String take, String prerelease, String semVerLevel) {
            return new Query(idPart(q), number(skip, 0, "skip"),
                    Math.min(number(take, 20, "take"), MAX_TAKE), Boolean.parseBoolean(prerelease),
                    semVerLevel != null && semVerLevel.trim().startsWith("2"));
        }

        /** The text matched against ids; the client's {@code packageid:X} and {@code id:X} forms name the id itself. */
        private static String idPart(String q) {
            String text = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
            for (String prefix : new String[] {"packageid:", "id:"}) {
                if (text.startsWith(prefix)) {
                    return text.substring(prefix.length()).trim();
                }
            }
            return text;
        }

        private static int number(String text, int fallback, String name) {
            if (text == null || text.isBlank()) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(text.trim());
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new dev.packyard.server.packages.BadRequestException("'" + name + "' must be a whole number of 0 or more, not '" + text + "'");
            }
        }
    }

    ObjectNode search(RepositoryId repository, Query query, String endpointUrl) {
        List<Hit> hits = new ArrayList<>();
        PackageCoordinate after = null;
        while (true) {
            List<PackageSummary> page = held.page(repository, PackageFormat.NUGET, after, PAGE);
            for (PackageSummary p : page) {
                if (p.coordinate().name().contains(query.text())) {
                    hit(repository, p.coordinate(), query).ifPresent(hits::add);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).coordinate();
        }
        ObjectNode answer = SharedJson.MAPPER.createObjectNode();
        answer.put("totalHits", hits.size());
        ArrayNode data = answer.putArray("data");
        hits.stream().skip(query.skip()).limit(query.take()).forEach(h -> data.add(h.document(endpointUrl)));
        return answer;
    }

    private Optional<Hit> hit(RepositoryId repository, PackageCoordinate coordinate, Query query) {
        List<String> versions = held.publishedVersions(repository, coordinate).stream().map(PackageVersion::version)
                .filter(v -> NugetVersion.parse(v).isPresent())
                .filter(v -> query.prerelease() || !NugetVersion.parse(v).get().isPrerelease())
                .filter(v -> query.semVer2() || !NugetVersion.isSemVer2(v))
                .toList();
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        String latest = versions.get(versions.size() - 1);
        JsonNode entry = manifests.manifest(repository, coordinate, latest).flatMap(NugetSearch::parse)
                .orElse(SharedJson.MAPPER.createObjectNode());
        return Optional.of(new Hit(coordinate.name(), entry, versions));
    }

    private record Hit(String lowerId, JsonNode entry, List<String> versions) {
        ObjectNode document(String endpointUrl) {
            String registration = endpointUrl + ServiceIndex.REGISTRATIONS + lowerId + "/";
            ObjectNode d = SharedJson.MAPPER.createObjectNode();
            d.put("@id", registration + "index.json");
            d.put("@type", "Package");
            d.put("registration", registration + "index.json");
            d.put("id", entry.path("id").asText(lowerId));
            d.put("version", versions.get(versions.size() - 1));
            d.put("description", entry.path("description").asText(""));
            d.put("summary", entry.path("summary").asText(""));
            d.put("title", entry.path("title").asText(entry.path("id").asText(lowerId)));
            d.putArray("authors").add(entry.path("authors").asText(""));
            d.set("tags", entry.has("tags") ? entry.get("tags") : SharedJson.MAPPER.createArrayNode());
            if (entry.hasNonNull("projectUrl")) {
                d.put("projectUrl", entry.get("projectUrl").asText());
            }
            d.put("totalDownloads", 0);
            d.put("verified", false);
            ArrayNode vs = d.putArray("versions");
            for (String v : versions) {
                vs.addObject().put("version", v).put("downloads", 0).put("@id", registration + NugetDocuments.lower(v) + ".json");
            }
            return d;
        }
    }

    private static Optional<JsonNode> parse(String json) {
        try {
            return Optional.ofNullable(SharedJson.MAPPER.readTree(json));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
