package dev.packyard.server.controlplane;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.server.CatalogApi;
import dev.packyard.service.domains.DomainDetails;
import dev.packyard.service.resources.ResourceRef;
import dev.packyard.service.tags.Tag;
import dev.packyard.service.tags.TagService;
import java.util.List;

/** CreateDomain, DescribeDomain, DeleteDomain, ListDomains. */
final class DomainApi {
    private final CatalogApi catalog;
    private final Shapes shapes;

    DomainApi(CatalogApi catalog, Shapes shapes) {
        this.catalog = catalog;
        this.shapes = shapes;
    }

    Object create(ApiRequest r) {
        JsonBody body = r.body();
        List<Tag> tags = TagService.validate(body.tags("tags"));
        DomainDetails created = catalog.domains().create(r.domain(), body.string("encryptionKey"));
        catalog.tags().tagNew(new ResourceRef.DomainResource(created.domain().id()), tags);
        return Shapes.wrap("domain", shapes.domainDescription(created));
    }

    Object describe(ApiRequest r) {
        return Shapes.wrap("domain", shapes.domainDescription(catalog.domains().describe(r.domainOwner(), r.domain())));
    }

    Object delete(ApiRequest r) {
        return Shapes.wrap("domain", shapes.domainDescription(catalog.domains().delete(r.domainOwner(), r.domain())));
    }

    Object list(ApiRequest r) {
        JsonBody body = r.body();
        ObjectNode n = Json.object();
        return Shapes.page(n, "domains", catalog.domains().list(body.integer("maxResults"), body.string("nextToken")),
                shapes::domainSummary);
    }
}
