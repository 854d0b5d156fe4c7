package dev.packyard.server.controlplane;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.Asset;
import dev.packyard.model.Page;
import dev.packyard.model.PackageVersion;
import dev.packyard.server.ServerContext;
import dev.packyard.service.details.VersionDetailsService.DependencyListing;
import dev.packyard.service.details.VersionDetailsService.VersionReadme;
import dev.packyard.service.packages.AssetContent;
import dev.packyard.application.publish.GenericPublisher;
import dev.packyard.service.packages.PackageRef;
import dev.packyard.service.packages.PublishResult;
import dev.packyard.service.packages.VersionListing;
import io.javalin.http.Context;

/** Package version operations: listing, describing, assets, status changes, copy and generic publishing. */
final class VersionApi {
    private final ServerContext context;

    VersionApi(ServerContext context) {
        this.context = context;
    }

    Object list(ApiRequest r) {
        VersionListing listing = context.catalog().versions().list(ref(r), r.query("status"), r.query("originType"),
                r.query("sortBy"), r.queryInt("max-results"), r.query("next-token"));
        ObjectNode n = Json.object();
        listing.defaultDisplayVersion().ifPresent(v -> n.put("defaultDisplayVersion", v));
        n.put("format", listing.coordinate().format().wireName());
        Json.putIfPresent(n, "namespace", listing.coordinate().namespace());
        n.put("package", listing.coordinate().name());
        return Shapes.page(n, "versions", listing.page(), Shapes::versionSummary);
    }

    Object describe(ApiRequest r) {
        return Shapes.wrap("packageVersion", Shapes.versionDescription(context.content().versionDetails().describe(ref(r),
                r.query("version"))));
    }

    Object listAssets(ApiRequest r) {
        PackageRef ref = ref(r);
        PackageVersion version = context.catalog().versions().describe(ref, r.query("version"));
        Page<Asset> page = context.catalog().versions().listAssets(ref, r.query("version"), r.queryInt("max-results"),
                r.query("next-token"));
        return Shapes.page(Shapes.versionHeader(version), "assets", page, Shapes::asset);
    }

    Object getAsset(ApiRequest r) {
        AssetContent content = context.content().assets().open(ref(r), r.query("version"), r.query("asset"), r.query("revision"));
        Context ctx = r.context();
        ctx.status(200);
        ctx.contentType("application/octet-stream");
        ctx.header("X-AssetName", content.asset().name());
        ctx.header("X-PackageVersion", content.version().version());
        ctx.header("X-PackageVersionRevision", content.version().revision());
        ctx.header("Content-Length", Long.toString(content.asset().size()));
        ctx.result(content.content());
        return null;
    }

    Object readme(ApiRequest r) {
        VersionReadme readme = context.content().versionDetails().readme(ref(r), r.query("version"));
        ObjectNode n = Shapes.versionHeader(readme.version());
        readme.readme().ifPresent(text -> n.put("readme", text));
        return n;
    }

    Object dependencies(ApiRequest r) {
        DependencyListing listing = context.content().versionDetails().dependencies(ref(r), r.query("version"), r.query("next-token"));
        ObjectNode n = Shapes.versionHeader(listing.version());
        listing.page().nextToken().ifPresent(token -> n.put("nextToken", token));
        ArrayNode dependencies = n.putArray("dependencies");
        listing.page().items().forEach(d -> dependencies.add(Shapes.dependency(d)));
        return n;
    }

    Object updateStatus(ApiRequest r) {
        JsonBody body = r.body();
        return Shapes.batch(context.catalog().versions().updateStatus(ref(r), body.strings("versions"),
                body.stringMap("versionRevisions"), body.string("expectedStatus"), body.string("targetStatus")));
    }

    Object dispose(ApiRequest r) {
        JsonBody body = r.body();
        return Shapes.batch(context.catalog().versions().dispose(ref(r), body.strings("versions"), body.stringMap("versionRevisions"),
                body.string("expectedStatus")));
    }

    Object delete(ApiRequest r) {
        JsonBody body = r.body();
        return Shapes.batch(context.catalog().versions().delete(ref(r), body.strings("versions"), body.string("expectedStatus")));
    }

    Object copy(ApiRequest r) {
        JsonBody body = r.body();
        return Shapes.batch(context.catalog().copier().copy(r.domainOwner(), r.domain(), r.query("source-repository"),
                r.query("destination-repository"), r.query("format"), r.query("namespace"), r.query("package"),
                body.strings("versions"), body.stringMap("versionRevisions"), body.bool("allowOverwrite"),
                body.bool("includeFromUpstream")));
    }

    Object publish(ApiRequest r) {
        GenericPublisher.Request request = new GenericPublisher.Request(r.domainOwner(), r.domain(), r.repository(),
                r.query("format"), r.query("namespace"), r.query("package"), r.query("version"), r.query("asset"),
                r.queryBool("unfinished"), r.header("x-amz-content-sha256"));
        PublishResult result = context.publishing().publisher().publish(request, r.rawBody());
        ObjectNode n = Shapes.versionHeader(result.version());
        n.put("status", result.version().status().name());
        n.set("asset", Shapes.asset(result.asset()));
        return n;
    }

    private PackageRef ref(ApiRequest r) {
        return context.catalog().locator().locate(r.domainOwner(), r.domain(), r.repository(), r.query("format"),
                r.query("namespace"), r.query("package"));
    }
}
