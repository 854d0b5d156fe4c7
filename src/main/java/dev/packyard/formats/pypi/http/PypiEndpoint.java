package dev.packyard.formats.pypi.http;

import dev.packyard.server.packages.RequestPaths;
import dev.packyard.model.SharedJson;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSummary;
import dev.packyard.service.packages.PackageQuery;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.ClientRequest;
import dev.packyard.server.packages.ConditionalDocument;
import dev.packyard.server.packages.Downloads;
import dev.packyard.service.error.PackageNotFoundException;
import dev.packyard.application.fetch.PackageView;
import io.javalin.http.Context;
import java.util.List;

/**
 * The Python package index of a repository: the simple API (PEP 503 HTML, PEP 691 JSON by Accept), file
 * downloads, and twine's upload API at the endpoint's root.
 */
public final class PypiEndpoint {
    private final ServerContext context;
    private final SimplePages pages;
    private final PypiUploadParser uploads;
    private final Downloads downloads;

    public PypiEndpoint(ServerContext context) {
        this.context = context;
        this.pages = new SimplePages(context.content().held());
        this.uploads = new PypiUploadParser(SharedJson.MAPPER, context.publishing().uploads());
        this.downloads = new Downloads(context.content().fetch());
    }

    public void get(ClientRequest request) throws Exception {
        List<String> segments = segments(request.path());
        Context ctx = request.ctx();
        if (segments.size() == 1 && segments.get(0).equals("simple")) {
            List<String> names = context.catalog().packages().list(PackageQuery.in(request.repository().domain().owner(),
                    request.repository().domain().name(), request.repository().name()).format("pypi"), 1000, null).items().stream().map(PackageSummary::coordinate).map(PackageCoordinate::name).toList();
            ConditionalDocument.send(ctx, "text/html; charset=utf-8", pages.index(names));
            return;
        }
        if (segments.size() == 2 && segments.get(0).equals("simple")) {
            String given = segments.get(1);
            String normalised = PackageCoordinate.normaliseName(PackageFormat.PYPI, given);
            if (!normalised.equals(given)) {
                ctx.status(301);
                ctx.header("Location", request.endpointUrl() + "simple/" + normalised + "/");
                return;
            }
            PackageView view = context.content().fetch().view(request.repository(), PackageCoordinate.of(PackageFormat.PYPI, null, given));
            String filesUrl = request.endpointUrl() + "files/" + normalised + "/";
            ctx.header("Vary", "Accept, Accept-Encoding");
            if (SimplePages.wantsJson(ctx.header("Accept"))) {
                ConditionalDocument.send(ctx, SimplePages.JSON_TYPE, pages.projectJson(request.repository().id(), view, filesUrl));
            } else {
                ConditionalDocument.send(ctx, "text/html; charset=utf-8", pages.projectHtml(request.repository().id(), view, filesUrl));
            }
            return;
        }
        if (segments.size() == 4 && segments.get(0).equals("files")) {
            PackageCoordinate coordinate = PackageCoordinate.of(PackageFormat.PYPI, null, segments.get(1));
            downloads.send(ctx, request.repository(), coordinate, segments.get(2), segments.get(3),
                    Downloads.contentType(segments.get(3)));
            return;
        }
        throw new PackageNotFoundException("Packyard's PyPI endpoint serves simple/, simple/PROJECT/ and files/...; '"
                + request.path() + "' is none of them (point pip's index-url at " + request.endpointUrl() + "simple/)");
    }

    public void post(ClientRequest request) throws Exception {
        if (!segments(request.path()).isEmpty()) {
            throw new PackageNotFoundException("Upload with twine to the repository endpoint itself, "
                    + request.endpointUrl() + ", not to " + request.path());
        }
        context.publishing().pipeline().publish(uploads.request(request.repository(), request.ctx()));
        request.ctx().status(200);
        request.ctx().contentType("text/plain; charset=utf-8");
        request.ctx().result("OK\n");
    }

    private static List<String> segments(String rawPath) {
        return java.util.Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty())
                .map(RequestPaths::decode).toList();
    }
}
