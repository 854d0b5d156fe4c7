package dev.packyard.formats.nuget.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.application.fetch.AvailableVersion;
import dev.packyard.application.fetch.PackageView;
import dev.packyard.application.publish.PublishRequest;
import dev.packyard.formats.nuget.manifest.NupkgArchive;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.Repository;
import dev.packyard.model.SharedJson;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.server.packages.ClientRequest;
import dev.packyard.server.packages.Downloads;
import dev.packyard.service.error.PackageNotFoundException;
import dev.packyard.service.error.PackageUnavailableException;
import dev.packyard.service.packages.BatchResult;
import dev.packyard.service.packages.PackageRef;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The NuGet v3 feed of a repository, as the NuGet client walks it: the service index ({@code v3/index.json}), the
 * flat container ({@code v3/flatcontainer/ID/index.json}, {@code …/ID/VERSION/ID.VERSION.nupkg|.nuspec}), the
 * registration ({@code v3/registrations/ID/index.json}, {@code …/VERSION.json}), search ({@code v3/search}) and
 * PackagePublish ({@code PUT v2/package}; {@code DELETE v2/package/ID/VERSION} unlists, {@code POST} relists).
 */
public final class NugetEndpoint {
    private static final String JSON = "application/json; charset=utf-8";

    private final ServerContext context;
    private final NugetDocuments documents;
    private final NugetSearch search;
    private final NupkgPublishParser publishParser;
    private final Downloads downloads;

    public NugetEndpoint(ServerContext context) {
        this.context = context;
        this.documents = new NugetDocuments(new CatalogEntrySource(context.content().held(), context.content().held()));
        this.search = new NugetSearch(context.content().held(), context.content().held());
        this.publishParser = new NupkgPublishParser(context.publishing().uploads());
        this.downloads = new Downloads(context.content().fetch());
    }

    public void get(ClientRequest request) throws Exception {
        NugetPath path = NugetPath.parse(request.path());
        Context ctx = request.ctx();
        if (path.size() == 0 || path.size() == 2 && path.startsWith("v3", "index.json")) {
            json(ctx, ServiceIndex.document(request.endpointUrl()));
        } else if (path.size() == 4 && path.startsWith("v3", "flatcontainer") && path.get(3).equalsIgnoreCase("index.json")) {
            json(ctx, NugetDocuments.versionList(view(request, path.get(2))));
        } else if (path.size() == 5 && path.startsWith("v3", "flatcontainer")) {
            file(request, path.get(2), path.get(3), path.get(4));
        } else if (path.size() == 4 && path.startsWith("v3", "registrations") && path.get(3).equalsIgnoreCase("index.json")) {
            PackageView view = view(request, path.get(2));
            json(ctx, documents.registrationIndex(request.repository().id(), view, request.endpointUrl()));
        } else if (path.size() == 4 && path.startsWith("v3", "registrations") && path.get(3).toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            String leaf = path.get(3);
            String version = NugetPath.version(leaf.substring(0, leaf.length() - ".json".length()));
            PackageView view = view(request, path.get(2));
            json(ctx, documents.registrationLeaf(request.repository().id(), view, version, request.endpointUrl())
                    .orElseThrow(() -> notFound(view, version)));
        } else if (path.size() == 2 && path.startsWith("v3", "search")) {
            json(ctx, search.search(request.repository().id(), NugetSearch.Query.of(ctx.queryParam("q"), ctx.queryParam("skip"),
                    ctx.queryParam("take"), ctx.queryParam("prerelease"), ctx.queryParam("semVerLevel")), request.endpointUrl()));
        } else {
            throw new PackageNotFoundException("Packyard's NuGet feed answers v3/index.json and the resources it names; '"
                    + request.path() + "' is none of them (add " + request.endpointUrl() + "v3/index.json as the package source)");
        }
    }

    public void put(ClientRequest request) throws Exception {
        NugetPath path = NugetPath.parse(request.path());
        if (!(path.size() == 2 && path.startsWith("v2", "package"))) {
            throw new PackageNotFoundException("Push packages to " + request.endpointUrl() + ServiceIndex.PUBLISH
                    + " (the PackagePublish resource of the service index), not to '" + request.path() + "'");
        }
        PublishRequest publish = spelledAsKnown(publishParser.request(request.repository(), request.ctx()));
        context.publishing().pipeline().publish(publish);
        request.ctx().status(201);
        request.ctx().contentType("text/plain; charset=utf-8");
        request.ctx().result("Published " + publish.coordinate().name() + " " + publish.version() + "\n");
    }

    /**
     * NuGet compares versions without regard to case, the catalogue does not: a push of {@code 1.0.0-BETA} where
     * {@code 1.0.0-beta} is reachable takes the known spelling, so the publish rules see the version that exists
     * (409) rather than a new one. When nothing reachable knows the package, the pushed spelling stands.
     */
    private PublishRequest spelledAsKnown(PublishRequest publish) {
        List<String> known;
        try {
            known = context.content().fetch().view(publish.repository(), publish.coordinate()).versions().stream()
                    .map(AvailableVersion::version).toList();
        } catch (PackageNotFoundException | PackageUnavailableException e) {
            return publish;
        }
        return known.stream().filter(v -> !v.equals(publish.version()) && v.equalsIgnoreCase(publish.version())).findFirst()
                .map(v -> new PublishRequest(publish.repository(), publish.coordinate(), v, publish.assets(), publish.manifestJson(),
                        publish.metadata(), publish.options()))
                .orElse(publish);
    }

    /** {@code nuget delete}: NuGet's DELETE unlists the version, which stays downloadable by its exact version. */
    public void delete(ClientRequest request) {
        changeListing(request, "Unlisted", 204);
    }

    /** The relist NuGet servers take as a POST to the same address. */
    public void post(ClientRequest request) {
        changeListing(request, "Published", 200);
    }

    private void changeListing(ClientRequest request, String status, int answer) {
        NugetPath path = NugetPath.parse(request.path());
        if (!(path.size() == 4 && path.startsWith("v2", "package"))) {
            throw new PackageNotFoundException("Unlist with DELETE and relist with POST at " + request.endpointUrl()
                    + ServiceIndex.PUBLISH + "/ID/VERSION, not at '" + request.path() + "'");
        }
        Repository repository = request.repository();
        PackageCoordinate coordinate = PackageCoordinate.of(PackageFormat.NUGET, null, NugetPath.id(path.get(2)));
        String version = NugetPath.version(path.get(3));
        String held = context.content().held().version(repository.id(), coordinate, version)
                .or(() -> context.content().held().publishedVersions(repository.id(), coordinate).stream()
                        .filter(v -> NugetDocuments.lower(v.version()).equals(NugetDocuments.lower(version))).findFirst())
                .map(v -> v.version())
                .orElseThrow(() -> new PackageNotFoundException(coordinate.name() + " " + version + " is not in repository "
                        + repository.name() + ", so it cannot be unlisted or relisted there"));
        BatchResult result = context.catalog().versions().updateStatus(new PackageRef(repository, coordinate), List.of(held),
                Map.of(), null, status);
        if (!result.failed().isEmpty()) {
            throw new BadRequestException(coordinate.name() + " " + held + " could not be set to " + status + ": "
                    + result.failed().values().iterator().next().errorMessage());
        }
        request.ctx().status(answer);
    }

    private PackageView view(ClientRequest request, String idSegment) {
        return context.content().fetch().view(request.repository(),
                PackageCoordinate.of(PackageFormat.NUGET, null, NugetPath.id(idSegment)));
    }

    private void file(ClientRequest request, String idSegment, String versionSegment, String fileName) throws IOException {
        PackageView view = view(request, idSegment);
        String version = NugetPath.version(versionSegment);
        AvailableVersion v = NugetDocuments.find(view, version).orElseThrow(() -> notFound(view, version));
        String lowerId = view.coordinate().name();
        String nupkg = NugetDocuments.fileName(lowerId, v.version(), ".nupkg");
        String asked = fileName.toLowerCase(java.util.Locale.ROOT);
        if (asked.equals(nupkg)) {
            downloads.send(request.ctx(), request.repository(), view.coordinate(), v.version(), nupkg, "application/octet-stream");
        } else if (asked.equals(NugetDocuments.fileName(lowerId, v.version(), ".nuspec"))) {
            request.ctx().contentType("application/xml");
            request.ctx().result(nuspec(request.repository(), view.coordinate(), v.version(), nupkg));
        } else {
            throw new PackageNotFoundException("'" + fileName + "' is not a file of " + lowerId + " " + v.version() + " (its files are "
                    + nupkg + " and " + NugetDocuments.fileName(lowerId, v.version(), ".nuspec") + ")");
        }
    }

    /** The .nuspec from inside the .nupkg, which the fetch pipeline delivers (and retains) like any download. */
    private byte[] nuspec(Repository repository, PackageCoordinate coordinate, String version, String nupkg) throws IOException {
        Path spooled = Files.createTempFile(context.publishing().uploads().directory(), "nuspec-", ".nupkg");
        try {
            context.content().fetch().deliver(repository, coordinate, version, nupkg, (file, source) -> Files.newOutputStream(spooled));
            try (InputStream in = Files.newInputStream(spooled)) {
                return NupkgArchive.nuspecBytes(in);
            }
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    private static PackageNotFoundException notFound(PackageView view, String version) {
        return new PackageNotFoundException(view.coordinate().name() + " " + version + " is not available through this repository"
                + " (its versions are in " + ServiceIndex.FLAT_CONTAINER + view.coordinate().name() + "/index.json)");
    }

    private static void json(Context ctx, ObjectNode document) throws IOException {
        ctx.status(200);
        ctx.contentType(JSON);
        ctx.result(SharedJson.MAPPER.writeValueAsBytes(document));
    }
}
