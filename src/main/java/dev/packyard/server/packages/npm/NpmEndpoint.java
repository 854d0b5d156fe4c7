package dev.packyard.server.packages.npm;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.ClientRequest;
import dev.packyard.server.packages.Downloads;
import dev.packyard.server.packages.PublishGuard;
import dev.packyard.upstream.fetch.PackageNotFoundException;
import dev.packyard.upstream.fetch.PackageView;
import io.javalin.http.Context;
import java.util.Map;

/** The npm registry API of a repository: package documents, tarballs, {@code npm dist-tag ls} and {@code npm publish}. */
public final class NpmEndpoint {
    static final String ABBREVIATED = "application/vnd.npm.install-v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerContext context;
    private final NpmDocuments documents;
    private final NpmPublisher publisher;
    private final Downloads downloads;

    public NpmEndpoint(ServerContext context, PublishGuard guard) {
        this.context = context;
        this.documents = new NpmDocuments(context.manifests());
        this.publisher = new NpmPublisher(context, guard);
        this.downloads = new Downloads(context.fetch());
    }

    public void get(ClientRequest request) throws Exception {
        Context ctx = request.ctx();
        java.util.Optional<PackageCoordinate> tagsOf = NpmPath.distTagsOf(request.path());
        if (tagsOf.isPresent()) {
            PackageView view = context.fetch().view(request.repository(), tagsOf.get());
            ctx.status(200);
            ctx.contentType("application/json");
            ctx.result(JSON.writeValueAsBytes(documents.packument(request.repository().id(), view, request.endpointUrl(), true)
                    .get("dist-tags")));
            return;
        }
        NpmPath path = NpmPath.parse(request.path());
        if (path.tarball().isPresent()) {
            String version = path.tarballVersion().orElseThrow(() -> new PackageNotFoundException("'" + path.tarball().get()
                    + "' is not a tarball name of " + path.coordinate().displayName() + " (NAME-VERSION.tgz)"));
            downloads.send(ctx, request.repository(), path.coordinate(), version, path.tarball().get(), "application/octet-stream");
            return;
        }
        PackageView view = context.fetch().view(request.repository(), path.coordinate());
        boolean abbreviated = PackumentAccept.wantsAbbreviated(ctx.header("Accept"));
        ctx.status(200);
        ctx.header("Vary", "Accept, Accept-Encoding");
        ctx.contentType(abbreviated ? ABBREVIATED : "application/json");
        ctx.result(JSON.writeValueAsBytes(documents.packument(request.repository().id(), view, request.endpointUrl(), abbreviated)));
    }

    public void put(ClientRequest request) throws Exception {
        NpmPath path = NpmPath.parse(request.path());
        String id = publisher.publish(request.repository(), path.coordinate(), request.ctx().bodyInputStream());
        request.ctx().status(200);
        request.ctx().contentType("application/json");
        request.ctx().result(JSON.writeValueAsBytes(Map.of("ok", true, "id", id)));
    }
}
