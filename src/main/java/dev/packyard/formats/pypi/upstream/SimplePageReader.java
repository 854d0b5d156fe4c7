package dev.packyard.formats.pypi.upstream;

import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.upstream.ListingDocument;
import dev.packyard.upstream.http.UrlPaths;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads both forms of a simple-index project page into the same list of files. */
public final class SimplePageReader {
    private static final ObjectMapper JSON = SharedJson.MAPPER;

    private SimplePageReader() {
    }

    /** PEP 691: {@code files[]} with url, hashes, requires-python, yanked and (PEP 700) upload-time and versions. */
    /** Reads a page kept in the metadata cache, in whichever form the index served it. */
    public static SimpleProjectPage read(ListingDocument document) throws IOException {
        return document.mediaType().endsWith("json")
                ? json(document.url(), document.text().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : html(document.url(), document.text());
    }

    static SimpleProjectPage json(String pageUrl, byte[] body) throws IOException {
        JsonNode root = JSON.readTree(body);
        if (root == null || !root.path("files").isArray()) {
            throw new IOException("no \"files\" array");
        }
        List<SimpleFile> files = new ArrayList<>();
        for (JsonNode file : root.path("files")) {
            String filename = file.path("filename").asText(null);
            String url = file.path("url").asText(null);
            if (filename == null || url == null) {
                continue;
            }
            Map<HashAlgorithm, String> hashes = new EnumMap<>(HashAlgorithm.class);
            file.path("hashes").properties().forEach(h -> algorithm(h.getKey())
                    .ifPresent(a -> hashes.put(a, h.getValue().asText().toLowerCase(Locale.ROOT))));
            JsonNode yanked = file.path("yanked");
            boolean isYanked = yanked.isBoolean() ? yanked.asBoolean() : yanked.isTextual();
            files.add(new SimpleFile(filename, UrlPaths.resolve(pageUrl, url).toString(), hashes,
                    Optional.ofNullable(file.path("requires-python").asText(null)), isYanked,
                    instant(file.path("upload-time").asText(null))));
        }
        List<String> versions = new ArrayList<>();
        root.path("versions").forEach(v -> versions.add(v.asText()));
        return new SimpleProjectPage(pageUrl, true, files, versions, Optional.empty());
    }

    /** PEP 503: one anchor per file, the hash in the URL fragment, metadata in data- attributes. */
    static SimpleProjectPage html(String pageUrl, String body) {
        Document document = Jsoup.parse(body, pageUrl);
        List<SimpleFile> files = new ArrayList<>();
        for (Element anchor : document.select("a[href]")) {
            HttpUrl href = UrlPaths.resolve(pageUrl, anchor.attr("href"));
            Map<HashAlgorithm, String> hashes = new EnumMap<>(HashAlgorithm.class);
            String fragment = href.fragment();
            if (fragment != null) {
                int eq = fragment.indexOf('=');
                if (eq > 0) {
                    algorithm(fragment.substring(0, eq))
                            .ifPresent(a -> hashes.put(a, fragment.substring(eq + 1).toLowerCase(Locale.ROOT)));
                }
            }
            String filename = anchor.text().trim();
            if (filename.isEmpty()) {
                filename = href.pathSegments().get(href.pathSize() - 1);
            }
            Optional<String> requiresPython = anchor.hasAttr("data-requires-python")
                    ? Optional.of(anchor.attr("data-requires-python")) : Optional.empty();
            files.add(new SimpleFile(filename, href.newBuilder().fragment(null).build().toString(), hashes, requiresPython,
                    anchor.hasAttr("data-yanked"), Optional.empty()));
        }
        return new SimpleProjectPage(pageUrl, false, files, List.of(), Optional.empty());
    }

    private static Optional<HashAlgorithm> algorithm(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "sha256" -> Optional.of(HashAlgorithm.SHA256);
            case "sha512" -> Optional.of(HashAlgorithm.SHA512);
            case "sha1" -> Optional.of(HashAlgorithm.SHA1);
            case "md5" -> Optional.of(HashAlgorithm.MD5);
            default -> Optional.empty();
        };
    }

    private static Optional<Instant> instant(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
