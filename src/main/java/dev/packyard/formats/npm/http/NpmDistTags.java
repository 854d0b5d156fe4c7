package dev.packyard.formats.npm.http;

import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.server.packages.ClientRequest;
import dev.packyard.server.packages.DocumentBodies;
import dev.packyard.service.error.PackageNotFoundException;
import dev.packyard.application.fetch.PackageView;
import java.io.IOException;

/** {@code npm dist-tag ls|add|rm}: {@code GET -/package/NAME/dist-tags}, {@code PUT|DELETE -/package/NAME/dist-tags/TAG}. */
final class NpmDistTags {
    private static final ObjectMapper JSON = SharedJson.MAPPER;

    private final ServerContext context;
    private final NpmDocuments documents;
    private final NpmTaggedViews views;

    NpmDistTags(ServerContext context, NpmDocuments documents, NpmTaggedViews views) {
        this.context = context;
        this.documents = documents;
        this.views = views;
    }

    /** The tags npm sees in the package document, so that ls and install agree. */
    JsonNode list(ClientRequest request, PackageCoordinate coordinate) {
        return documents.packument(request.repository().id(), view(request.repository(), coordinate), request.endpointUrl(), true)
                .get("dist-tags");
    }

    JsonNode add(ClientRequest request, PackageCoordinate coordinate, String tag) throws IOException {
        String version = requestedVersion(request, coordinate, tag);
        PackageView view = view(request.repository(), coordinate);
        if (view.version(version).isEmpty()) {
            throw new PackageNotFoundException(NpmPath.fullName(coordinate) + "@" + version + " is not available through repository "
                    + request.repository().name() + ": a tag can only name a version npm can install");
        }
        context.content().distTags().put(request.repository(), coordinate, tag, version);
        return list(request, coordinate);
    }

    JsonNode remove(ClientRequest request, PackageCoordinate coordinate, String tag) {
        Repository repository = request.repository();
        context.content().distTags().remove(repository, coordinate, tag);
        return list(request, coordinate);
    }

    private PackageView view(Repository repository, PackageCoordinate coordinate) {
        return views.withRepositoryTags(repository, context.content().fetch().view(repository, coordinate));
    }

    /** npm sends the version as a JSON string; curl users may send it bare. */
    private static String requestedVersion(ClientRequest request, PackageCoordinate coordinate, String tag) throws IOException {
        String body = DocumentBodies.text(request.ctx().bodyInputStream(), "body of 'npm dist-tag add'").trim();
        String version = body;
        if (body.startsWith("\"")) {
            JsonNode node;
            try {
                node = JSON.readTree(body);
            } catch (IOException e) {
                throw new BadRequestException("The body of 'npm dist-tag add' is the version as a JSON string, e.g. \"1.0.0\"");
            }
            version = node.asText("");
        }
        if (version.isBlank()) {
            throw new BadRequestException("Name the version to tag " + tag + " of " + NpmPath.fullName(coordinate)
                    + ": 'npm dist-tag add " + NpmPath.fullName(coordinate) + "@VERSION " + tag + "'");
        }
        return version;
    }
}
