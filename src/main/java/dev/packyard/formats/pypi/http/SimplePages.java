package dev.packyard.formats.pypi.http;

import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.packages.HeldPackages;
import dev.packyard.application.fetch.AssetEntry;
import dev.packyard.application.fetch.AvailableVersion;
import dev.packyard.application.fetch.PackageView;
import dev.packyard.application.fetch.UpstreamSource;
import dev.packyard.application.fetch.VersionSource;
import dev.packyard.formats.pypi.upstream.SimpleFile;
import dev.packyard.formats.pypi.upstream.SimplePageReader;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's simple-index page built from what the repository offers: every file of every listed version, linked
 * to Packyard with its {@code #sha256=} and, when known, its Requires-Python (from the registry's page or from what
 * was uploaded).
 */
final class SimplePages {
    static final String JSON_TYPE = "application/vnd.pypi.simple.v1+json";
    private static final ObjectMapper JSON = SharedJson.MAPPER;

    private final HeldPackages held;

    SimplePages(HeldPackages held) {
        this.held = held;
    }

    /** PEP 691: JSON when the client prefers it (pip asks for it first). */
    static boolean wantsJson(String accept) {
        return accept != null && accept.contains(JSON_TYPE)
                && (!accept.contains("text/html") || accept.indexOf(JSON_TYPE) < accept.indexOf("text/html"));
    }

    String index(List<String> projects) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta name=\"pypi:repository-version\" "
                + "content=\"1.0\"><title>Simple index</title></head><body>\n");
        for (String p : projects) {
            html.append("<a href=\"").append(escape(p)).append("/\">").append(escape(p)).append("</a><br/>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    String projectHtml(RepositoryId repository, PackageView view, String filesUrl) {
        String name = view.coordinate().name();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta name=\"pypi:repository-version\" "
                + "content=\"1.0\"><title>Links for ").append(escape(name)).append("</title></head><body>\n<h1>Links for ")
                .append(escape(name)).append("</h1>\n");
        for (Link link : links(repository, view, filesUrl)) {
            html.append("<a href=\"").append(escape(link.url()));
            link.sha256().ifPresent(h -> html.append("#sha256=").append(h));
            html.append('"');
            link.requiresPython().ifPresent(r -> html.append(" data-requires-python=\"").append(escape(r)).append('"'));
            html.append('>').append(escape(link.filename())).append("</a><br/>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    byte[] projectJson(RepositoryId repository, PackageView view, String filesUrl) throws IOException {
        ObjectNode doc = JSON.createObjectNode();
        doc.putObject("meta").put("api-version", "1.1");
        doc.put("name", view.coordinate().name());
        ArrayNode files = doc.putArray("files");
        for (Link link : links(repository, view, filesUrl)) {
            ObjectNode f = files.addObject();
            f.put("filename", link.filename());
            f.put("url", link.url());
            ObjectNode hashes = f.putObject("hashes");
            link.sha256().ifPresent(h -> hashes.put("sha256", h));
            link.requiresPython().ifPresent(r -> f.put("requires-python", r));
        }
        ArrayNode versions = doc.putArray("versions");
        listedInOrder(view).forEach(v -> versions.add(v.version()));
        return JSON.writeValueAsBytes(doc);
    }

    private record Link(String filename, String url, Optional<String> sha256, Optional<String> requiresPython) {
    }

    private List<Link> links(RepositoryId repository, PackageView view, String filesUrl) {
        Map<String, String> upstreamRequires = upstreamRequiresPython(view);
        return listedInOrder(view).stream().flatMap(v -> {
            Optional<String> uploaded = uploadedRequiresPython(repository, view, v);
            return v.assets().stream().map((AssetEntry a) -> new Link(a.name(),
                    filesUrl + encode(v.version()) + "/" + encode(a.name()),
                    Optional.ofNullable(a.hashes().get(HashAlgorithm.SHA256)),
                    uploaded.or(() -> Optional.ofNullable(upstreamRequires.get(a.name())))));
        }).toList();
    }

    /**
     * In version order, not in the order the versions were found (retained first): a version retained after a fetch
     * then leaves the page as it was, so its ETag still matches what clients cached.
     */
    private static List<AvailableVersion> listedInOrder(PackageView view) {
        return view.versions().stream().filter(AvailableVersion::listed)
                .sorted(java.util.Comparator.comparing(AvailableVersion::version, view.coordinate().format().versionOrder())).toList();
    }

    private Optional<String> uploadedRequiresPython(RepositoryId repository, PackageView view, AvailableVersion v) {
        if (v.source() != VersionSource.RETAINED) {
            return Optional.empty();
        }
        return held.manifest(new RepositoryId(repository.domain(), v.from()), view.coordinate(), v.version()).flatMap(text -> {
            try {
                JsonNode node = JSON.readTree(text).path("requires_python");
                return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    private static Map<String, String> upstreamRequiresPython(PackageView view) {
        Map<String, String> out = new HashMap<>();
        for (UpstreamSource source : view.upstreams()) {
            source.listing().flatMap(l -> l.listing().document()).ifPresent(document -> {
                try {
                    for (SimpleFile f : SimplePageReader.read(document).files()) {
                        f.requiresPython().ifPresent(r -> out.putIfAbsent(f.filename(), r));
                    }
                } catch (IOException | RuntimeException e) {
                    // A page that cannot be re-read just loses its Requires-Python hints.
                }
            });
        }
        return out;
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
