package dev.packyard.formats.ruby.http;

import dev.packyard.application.fetch.PackageView;
import dev.packyard.formats.ruby.gem.GemFileName;
import dev.packyard.formats.ruby.gem.GemspecMarshal;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.Repository;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.server.packages.ClientRequest;
import dev.packyard.server.packages.Downloads;
import dev.packyard.server.packages.RequestPaths;
import dev.packyard.service.error.PackageNotFoundException;
import io.javalin.http.Context;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A repository as a RubyGems source: the compact index ({@code versions}, {@code info/NAME}) Bundler and gem read,
 * the older dependency API, the gems and their quick specs, and {@code gem push} to {@code api/v1/gems}.
 */
public final class RubyEndpoint {
    private static final String QUICK = "Marshal.4.8";

    private final ServerContext context;
    private final GemEntries entries;
    private final CompactIndex index;
    private final GemPushParser pushes;
    private final Downloads downloads;

    public RubyEndpoint(ServerContext context) {
        this.context = context;
        this.entries = new GemEntries(context.content().held());
        this.index = new CompactIndex(context, entries);
        this.pushes = new GemPushParser(context.publishing().uploads(), context.content().held());
        this.downloads = new Downloads(context.content().fetch());
    }

    public void get(ClientRequest request) throws Exception {
        List<String> segments = segments(request.path());
        Context ctx = request.ctx();
        Repository repository = request.repository();
        if (segments.isEmpty()) {
            // gem asks the source root before it trusts the compact index under it.
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result("Packyard RubyGems source for repository " + repository.name() + "\n");
            return;
        }
        String first = segments.get(0);
        if (segments.size() == 1 && first.equals("versions")) {
            CompactAnswer.send(ctx, index.versions(repository));
            return;
        }
        if (segments.size() == 1 && SpecsIndex.Kind.byFileName(first).isPresent()) {
            ctx.contentType("application/octet-stream");
            ctx.result(SpecsIndex.gzip(SpecsIndex.Kind.byFileName(first).orElseThrow(), index.versionLines(repository)));
            return;
        }
        if (segments.size() == 2 && first.equals("info")) {
            CompactAnswer.send(ctx, index.info(repository, view(repository, segments.get(1))));
            return;
        }
        if (segments.size() == 2 && first.equals("gems")) {
            GemFileName file = GemFileName.parse(segments.get(1), ".gem").orElseThrow(() -> new PackageNotFoundException(
                    "'" + segments.get(1) + "' is not a gem file name (NAME-VERSION[-PLATFORM].gem)"));
            downloads.send(ctx, repository, coordinate(file.name()), file.version(), file.fileName(), "application/octet-stream");
            return;
        }
        if (segments.size() == 3 && first.equals("quick") && segments.get(1).equals(QUICK)) {
            GemFileName file = GemFileName.parse(segments.get(2), ".gemspec.rz").orElseThrow(() -> new PackageNotFoundException(
                    "'" + segments.get(2) + "' is not a quick spec name (NAME-VERSION[-PLATFORM].gemspec.rz)"));
            GemEntries.Entry entry = entries.file(repository.id(), view(repository, file.name()), file.fileName())
                    .orElseThrow(() -> new PackageNotFoundException(file.fileName() + " is not offered by repository "
                            + repository.name()));
            ctx.contentType("application/octet-stream");
            ctx.result(GemspecMarshal.rz(entry.spec()));
            return;
        }
        if (segments.size() == 3 && first.equals("api") && segments.get(1).equals("v1")
                && (segments.get(2).equals("dependencies") || segments.get(2).equals("dependencies.json"))) {
            List<GemEntries.Entry> found = dependencies(repository, ctx.queryParam("gems"));
            boolean json = segments.get(2).endsWith(".json");
            ctx.contentType(json ? "application/json" : "application/octet-stream");
            ctx.result(json ? DependencyApi.json(found) : DependencyApi.marshal(found));
            return;
        }
        throw new PackageNotFoundException("Packyard's RubyGems source serves versions, info/GEM, gems/FILE.gem, "
                + "quick/Marshal.4.8/FILE.gemspec.rz, api/v1/dependencies and the specs.4.8.gz indexes; '" + request.path() + "' is none of them "
                + "(use " + request.endpointUrl() + " as the gem source)");
    }

    public void post(ClientRequest request) throws Exception {
        List<String> segments = segments(request.path());
        if (!segments.equals(List.of("api", "v1", "gems"))) {
            throw new PackageNotFoundException("Push gems to " + request.endpointUrl() + "api/v1/gems (gem push --host "
                    + withoutSlash(request.endpointUrl()) + "), not to " + request.path());
        }
        GemPushParser.Push push;
        try (InputStream body = request.ctx().bodyInputStream()) {
            push = pushes.read(request.repository(), body);
        }
        context.publishing().pipeline().publish(push.request());
        if (push.previousManifest().isPresent()) {
            // Files added to an existing version keep the manifest they came with; list the new platform in it too.
            context.content().held().replaceManifest(request.repository().id(), push.request().coordinate(),
                    push.spec().version(), push.request().manifestJson().orElseThrow());
        }
        request.ctx().status(200);
        request.ctx().contentType("text/plain; charset=utf-8");
        request.ctx().result("Successfully registered gem: " + push.spec().name() + " (" + push.spec().version()
                + (push.spec().platform().equals("ruby") ? "" : "-" + push.spec().platform()) + ")");
    }

    private List<GemEntries.Entry> dependencies(Repository repository, String gems) {
        Set<String> names = new LinkedHashSet<>();
        if (gems != null) {
            Arrays.stream(gems.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        }
        if (names.size() > DependencyApi.MAX_GEMS) {
            throw new BadRequestException("Ask for at most " + DependencyApi.MAX_GEMS + " gems at once, not " + names.size());
        }
        List<GemEntries.Entry> out = new ArrayList<>();
        for (String name : names) {
            Optional<PackageView> view;
            try {
                view = Optional.of(view(repository, name));
            } catch (PackageNotFoundException unknown) {
                view = Optional.empty();
            }
            view.ifPresent(v -> out.addAll(entries.of(repository.id(), v)));
        }
        return out;
    }

    private PackageView view(Repository repository, String name) {
        return context.content().fetch().view(repository, coordinate(name));
    }

    private static PackageCoordinate coordinate(String name) {
        return PackageCoordinate.of(PackageFormat.RUBY, null, name);
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static List<String> segments(String rawPath) {
        return Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty()).map(RequestPaths::decode).toList();
    }
}
