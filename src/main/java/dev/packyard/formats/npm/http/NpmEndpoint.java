package dev.packyard.formats.npm.http;

import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.application.publish.PublishRequest;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.server.packages.ClientRequest;
import dev.packyard.server.packages.ConditionalDocument;
import dev.packyard.server.packages.Downloads;
import dev.packyard.service.error.PackageNotFoundException;
import dev.packyard.application.fetch.PackageView;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * The npm registry API of a repository: package documents, tarballs, {@code npm publish} and {@code npm deprecate},
 * the registry-level commands of {@link NpmRegistryApi}, and CodeArtifact's refusal of {@code npm unpublish}.
 */
public final class NpmEndpoint {
    static final String ABBREVIATED = "application/vnd.npm.install-v1+json";
    private static final ObjectMapper JSON = SharedJson.MAPPER;

    private final ServerContext context;
    private final NpmDocuments documents;
    private final NpmUploadReader uploads;
    private final NpmPublishParser publishParser;
    private final Downloads downloads;
    private final NpmTaggedViews views;
    private final NpmRegistryApi registryApi;
    private final NpmDeprecations deprecations;

    public NpmEndpoint(ServerContext context) {
        this.context = context;
        this.documents = new NpmDocuments(context.content().held());
        this.uploads = new NpmUploadReader(JSON, context.publishing().uploads());
        this.publishParser = new NpmPublishParser(JSON);
        this.downloads = new Downloads(context.content().fetch());
        this.views = new NpmTaggedViews(context.content().distTags());
        this.registryApi = new NpmRegistryApi(context, documents, views);
        this.deprecations = new NpmDeprecations(context, documents, views);
    }

    public void get(ClientRequest request) throws Exception {
        Context ctx = request.ctx();
        if (NpmRegistryApi.handles(request.path())) {
            registryApi.get(request);
            return;
        }
        NpmPath path = NpmPath.parse(request.path());
        if (path.tarball().isPresent()) {
            String version = path.tarballVersion().orElseThrow(() -> new PackageNotFoundException("'" + path.tarball().get()
                    + "' is not a tarball name of " + path.coordinate().displayName() + " (NAME-VERSION.tgz)"));
            downloads.send(ctx, request.repository(), path.coordinate(), version, path.tarball().get(), "application/octet-stream");
            return;
        }
        PackageView view = views.withRepositoryTags(request.repository(), context.content().fetch().view(request.repository(), path.coordinate()));
        boolean abbreviated = PackumentAccept.wantsAbbreviated(ctx.header("Accept"));
        ctx.header("Vary", "Accept, Accept-Encoding");
        ConditionalDocument.send(ctx, abbreviated ? ABBREVIATED : "application/json",
                JSON.writeValueAsBytes(documents.packument(request.repository().id(), view, request.endpointUrl(), abbreviated)));
    }

    public void put(ClientRequest request) throws Exception {
        if (NpmRegistryApi.handles(request.path())) {
            registryApi.put(request);
            return;
        }
        Optional<NpmPath> unpublish = NpmPath.unpublishTarget(request.path());
        if (unpublish.isPresent()) {
            throw NpmUnsupported.unpublishVersion(request.repository(), unpublish.get().coordinate());
        }
        NpmPath path = NpmPath.parse(request.path());
        Map<String, Object> answer;
        try (NpmUpload upload = uploads.read(request.ctx().bodyInputStream())) {
            if (upload.isPublish()) {
                PublishRequest publish = publishParser.request(request.repository(), path.coordinate(), upload);
                context.publishing().pipeline().publish(publish);
                answer = Map.of("ok", true, "id", NpmPath.fullName(path.coordinate()) + "@" + publish.version());
            } else {
                answer = Map.of("ok", true, "deprecationsChanged", deprecations.apply(request.repository(), path.coordinate(),
                        upload.document(), request.endpointUrl()));
            }
        }
        request.ctx().status(200);
        request.ctx().contentType("application/json");
        request.ctx().result(JSON.writeValueAsBytes(answer));
    }

    public void delete(ClientRequest request) throws Exception {
        if (NpmRegistryApi.handles(request.path())) {
            registryApi.delete(request);
            return;
        }
        NpmPath path = NpmPath.unpublishTarget(request.path()).orElseGet(() -> NpmPath.parse(request.path()));
        throw NpmUnsupported.unpublishPackage(request.repository(), path.coordinate());
    }

    public void post(ClientRequest request) {
        if (NpmRegistryApi.handles(request.path())) {
            registryApi.post(request);
            return;
        }
        throw new BadRequestException("npm sends no POST to a package ('" + request.path() + "'): publish with PUT ('npm publish')");
    }
}
