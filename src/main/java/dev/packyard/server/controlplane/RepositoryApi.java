package dev.packyard.server.controlplane;

import java.util.Optional;
import dev.packyard.service.endpoints.RepositoryEndpoints;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.Repository;
import dev.packyard.server.CatalogApi;
import dev.packyard.service.resources.ResourceRef;
import dev.packyard.service.tags.Tag;
import dev.packyard.service.tags.TagService;
import java.util.List;

/** Repository operations, external connections and GetRepositoryEndpoint. */
final class RepositoryApi {
    private final CatalogApi catalog;
    private final Shapes shapes;

    RepositoryApi(CatalogApi catalog, Shapes shapes) {
        this.catalog = catalog;
        this.shapes = shapes;
    }

    Object create(ApiRequest r) {
        JsonBody body = r.body();
        List<Tag> tags = TagService.validate(body.tags("tags"));
        Repository created = catalog.repositories().create(r.domainOwner(), r.domain(), r.repository(),
                body.string("description"), body.repositoryNames("upstreams"));
        catalog.tags().tagNew(new ResourceRef.RepositoryResource(created.id()), tags);
        return repository(created);
    }

    Object describe(ApiRequest r) {
        return repository(catalog.repositories().describe(r.domainOwner(), r.domain(), r.repository()));
    }

    Object update(ApiRequest r) {
        JsonBody body = r.body();
        return repository(catalog.repositories().update(r.domainOwner(), r.domain(), r.repository(),
                body.string("description"), body.repositoryNames("upstreams")));
    }

    Object delete(ApiRequest r) {
        return repository(catalog.repositories().delete(r.domainOwner(), r.domain(), r.repository()));
    }

    Object listAll(ApiRequest r) {
        return Shapes.page(Json.object(), "repositories", catalog.repositories().listAll(r.query("repository-prefix"),
                r.queryInt("max-results"), r.query("next-token")), shapes::repositorySummary);
    }

    Object listInDomain(ApiRequest r) {
        return Shapes.page(Json.object(), "repositories", catalog.repositories().listInDomain(r.domainOwner(), r.domain(),
                r.query("administrator-account"), r.query("repository-prefix"), r.queryInt("max-results"),
                r.query("next-token")), shapes::repositorySummary);
    }

    Object associate(ApiRequest r) {
        return repository(catalog.repositories().associateExternalConnection(r.domainOwner(), r.domain(), r.repository(),
                r.query("external-connection")));
    }

    Object disassociate(ApiRequest r) {
        return repository(catalog.repositories().disassociateExternalConnection(r.domainOwner(), r.domain(),
                r.repository(), r.query("external-connection")));
    }

    Object endpoint(ApiRequest r) {
        ObjectNode n = Json.object();
        n.put("repositoryEndpoint", catalog.endpoints().endpoint(new RepositoryEndpoints.Request(r.domainOwner(),
                r.domain(), r.repository(), r.query("format"), Optional.ofNullable(r.query("endpointType")), r.baseUrl())));
        return n;
    }

    private ObjectNode repository(Repository repository) {
        return Shapes.wrap("repository", shapes.repositoryDescription(repository));
    }
}
