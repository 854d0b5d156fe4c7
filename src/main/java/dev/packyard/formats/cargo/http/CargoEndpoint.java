package dev.packyard.formats.cargo.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.application.fetch.PackageView;
import dev.packyard.formats.cargo.index.IndexPath;
import dev.packyard.formats.cargo.upstream.CrateFiles;
import dev.packyard.model.Hashes;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.service.packages.PackageQuery;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.SharedJson;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.server.packages.ClientRequest;
import dev.packyard.server.packages.Downloads;
import dev.packyard.server.packages.RequestPaths;
import dev.packyard.service.error.PackageNotFoundException;
import dev.packyard.service.packages.BatchResult;
import dev.packyard.service.packages.PackageRef;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A repository as a sparse Cargo registry: {@code config.json} (downloads and the web API under the same endpoint,
 * authentication required), crates' index files, {@code .crate} downloads, and the web API's publish, yank,
 * unyank and search. Index files carry an ETag, so Cargo's revalidation on every build costs a 304.
 */
public final class CargoEndpoint {
    private static final String API = "api/v1/crates/";

    private final ServerContext context;
    private final CargoIndexFiles indexFiles;
    private final CargoPublishParser publishParser;
    private final Downloads downloads;

    public CargoEndpoint(ServerContext context) {
        this.context = context;
        this.indexFiles = new CargoIndexFiles(context.content().held());
        this.publishParser = new CargoPublishParser(context.publishing().uploads());
        this.downloads = new Downloads(context.content().fetch());
    }

    public void get(ClientRequest request) throws Exception {
        String path = request.path();
        Context ctx = request.ctx();
        if (path.equals("config.json")) {
            config(request);
            return;
        }
        if (path.equals("api/v1/crates")) {
            search(request);
            return;
        }
        List<String> api = apiSegments(path);
        if (api.size() == 3 && api.get(2).equals("download")) {
            String crate = crate(api.get(0));
            String version = api.get(1);
            downloads.send(ctx, request.repository(), coordinate(crate), version, CrateFiles.assetName(crate, version),
                    "application/gzip");
            return;
        }
        Optional<String> crate = IndexPath.crateOf(path);
        if (crate.isEmpty()) {
            throw new PackageNotFoundException("Packyard's Cargo registry serves config.json, index files (1/a, 2/ab, 3/a/abc, "
                    + "ab/cd/abcd) and " + API + "CRATE/VERSION/download; '" + path + "' is none of them (point Cargo's "
                    + "index at sparse+" + request.endpointUrl() + ")");
        }
        index(request, crate.get());
    }

    public void put(ClientRequest request) throws Exception {
        List<String> api = apiSegments(request.path());
        if (api.size() == 1 && api.get(0).equals("new")) {
            context.publishing().pipeline().publish(publishParser.request(request.repository(), request.ctx().bodyInputStream()));
            json(request.ctx(), Map.of("warnings", Map.of("invalid_categories", List.of(), "invalid_badges", List.of(),
                    "other", List.of())));
            return;
        }
        if (api.size() == 3 && api.get(2).equals("unyank")) {
            changeStatus(request, api.get(0), api.get(1), PackageVersionStatus.Published);
            return;
        }
        throw new PackageNotFoundException("Cargo publishes with PUT " + request.endpointUrl() + API + "new and unyanks with "
                + "PUT .../CRATE/VERSION/unyank; '" + request.path() + "' is neither");
    }

    public void delete(ClientRequest request) {
        List<String> api = apiSegments(request.path());
        if (api.size() == 3 && api.get(2).equals("yank")) {
            changeStatus(request, api.get(0), api.get(1), PackageVersionStatus.Unlisted);
            return;
        }
        throw new PackageNotFoundException("Cargo yanks with DELETE " + request.endpointUrl() + API + "CRATE/VERSION/yank; '"
                + request.path() + "' is not that");
    }

    /**
     * Cargo shows an error of its web API (publish, yank, search) as {@code {"errors":[{"detail":...}]}}: "the remote
     * server responded with an error: DETAIL". Index and download errors stay plain text, which Cargo prints as the body.
     */
    public static Optional<Object> errorDocument(Context ctx, String message) {
        // The path below /d/DOMAIN/OWNER/cargo/REPOSITORY/: what follows the sixth slash.
        String path = ctx.path();
        int at = -1;
        for (int slashes = 0; slashes < 6; slashes++) {
            at = path.indexOf('/', at + 1);
            if (at < 0) {
                return Optional.empty();
            }
        }
        String below = path.substring(at + 1);
        boolean webApi = below.startsWith("api/v1/crates") && !below.endsWith("/download");
        return webApi ? Optional.of(Map.of("errors", List.of(Map.of("detail", message.strip())))) : Optional.empty();
    }

    private void config(ClientRequest request) {
        String endpoint = request.endpointUrl();
        ObjectNode config = SharedJson.MAPPER.createObjectNode();
        config.put("dl", endpoint + API + "{crate}/{version}/download");
        // Cargo appends /api/v1/... to "api" itself, so it must not end with a slash.
        config.put("api", endpoint.substring(0, endpoint.length() - 1));
        config.put("auth-required", true);
        json(request.ctx(), config);
    }

    private void index(ClientRequest request, String crate) {
        PackageView view = context.content().fetch().view(request.repository(), coordinate(crate));
        String text = indexFiles.render(request.repository().id(), view).orElseThrow(() -> new PackageNotFoundException(
                "Crate " + crate + " has no version Cargo can use in repository " + request.repository().name()));
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + Hashes.hex("SHA-256", body) + "\"";
        Context ctx = request.ctx();
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::trim).anyMatch(etag::equals)) {
            ctx.status(304);
            return;
        }
        ctx.status(200);
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(body);
    }

    /**
     * {@code cargo search}: the crates this repository holds whose names start with the query (as list-packages
     * matches a prefix), with their highest Published version.
     */
    private void search(ClientRequest request) {
        String query = Optional.ofNullable(request.ctx().queryParam("q")).orElse("").trim().toLowerCase(Locale.ROOT);
        int perPage = perPage(request.ctx().queryParam("per_page"));
        var repository = request.repository();
        List<PackageSummary> found = context.catalog().packages().list(PackageQuery.in(repository.domain().owner(),
                repository.domain().name(), repository.name()).format(PackageFormat.CARGO.wireName())
                .packagePrefix(query.isEmpty() ? null : query), 100, null)
                .items();
        List<Map<String, Object>> crates = new ArrayList<>();
        for (PackageSummary summary : found) {
            Optional<String> newest = context.content().held().publishedVersions(repository.id(), summary.coordinate()).stream()
                    .map(PackageVersion::version).max(PackageFormat.CARGO.versionOrder());
            newest.ifPresent(version -> {
                Map<String, Object> crate = new LinkedHashMap<>();
                crate.put("name", summary.coordinate().name());
                crate.put("max_version", version);
                crate.put("description", "");
                crates.add(crate);
            });
        }
        json(request.ctx(), Map.of("crates", crates.subList(0, Math.min(perPage, crates.size())),
                "meta", Map.of("total", crates.size())));
    }

    private static int perPage(String given) {
        try {
            return given == null ? 10 : Math.max(1, Math.min(100, Integer.parseInt(given)));
        } catch (NumberFormatException e) {
            throw new BadRequestException("per_page must be a number from 1 to 100, not '" + given + "'");
        }
    }

    /** yank (Unlisted) and unyank (Published) of a version this repository holds; Cargo expects {"ok": true}. */
    private void changeStatus(ClientRequest request, String crateSegment, String version, PackageVersionStatus target) {
        String crate = crate(crateSegment);
        PackageCoordinate coordinate = coordinate(crate);
        if (context.content().held().version(request.repository().id(), coordinate, version).isEmpty()) {
            throw new PackageNotFoundException("Repository " + request.repository().name() + " holds no version " + version
                    + " of crate " + crate + " to " + (target == PackageVersionStatus.Unlisted ? "yank" : "unyank"));
        }
        BatchResult result = context.catalog().versions().updateStatus(new PackageRef(request.repository(), coordinate),
                List.of(version), Map.of(), null, target.name());
        BatchResult.Failure failure = result.failed().get(version);
        if (failure != null) {
            throw new BadRequestException("Version " + version + " of crate " + crate + " cannot be "
                    + (target == PackageVersionStatus.Unlisted ? "yanked" : "unyanked") + ": " + failure.errorMessage());
        }
        json(request.ctx(), Map.of("ok", true));
    }

    private static List<String> apiSegments(String rawPath) {
        if (!rawPath.startsWith(API)) {
            return List.of();
        }
        return Arrays.stream(rawPath.substring(API.length()).split("/", -1)).map(RequestPaths::decode).toList();
    }

    private static String crate(String segment) {
        if (!IndexPath.validName(segment)) {
            throw new BadRequestException("'" + segment + "' is not a crate name");
        }
        return segment.toLowerCase(Locale.ROOT);
    }

    private static PackageCoordinate coordinate(String crate) {
        return PackageCoordinate.of(PackageFormat.CARGO, null, crate);
    }

    private static void json(Context ctx, Object document) {
        try {
            ctx.status(200);
            ctx.contentType("application/json");
            ctx.result(SharedJson.MAPPER.writeValueAsBytes(document));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A JSON document always serialises", e);
        }
    }
}
