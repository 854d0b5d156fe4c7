package dev.packyard.server.controlplane;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.server.AccessControl;
import dev.packyard.server.CatalogApi;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.tokens.AuthorizationToken;
import java.util.List;

/** Authorization tokens, permissions policies and resource tags. */
final class AccessApi {
    private final CatalogApi catalog;
    private final AccessControl access;

    AccessApi(CatalogApi catalog, AccessControl access) {
        this.catalog = catalog;
        this.access = access;
    }

    Object token(ApiRequest r) {
        AuthorizationToken token = access.tokens().issue(r.domainOwner(), r.domain(), r.queryLong("duration"));
        ObjectNode n = Json.object();
        n.put("authorizationToken", token.token());
        n.put("expiration", Json.epochSeconds(token.expiration()));
        return n;
    }

    Object getDomainPolicy(ApiRequest r) {
        return Shapes.policy(catalog.policies().getDomainPolicy(r.domainOwner(), r.domain()));
    }

    /** The one fully body-based operation besides ListDomains: domain and owner come in the JSON body. */
    Object putDomainPolicy(ApiRequest r) {
        JsonBody body = r.body();
        return Shapes.policy(catalog.policies().putDomainPolicy(body.string("domainOwner"), body.string("domain"),
                body.string("policyRevision"), body.string("policyDocument")));
    }

    Object deleteDomainPolicy(ApiRequest r) {
        return Shapes.policy(catalog.policies().deleteDomainPolicy(r.domainOwner(), r.domain(), r.query("policy-revision")));
    }

    Object getRepositoryPolicy(ApiRequest r) {
        return Shapes.policy(catalog.policies().getRepositoryPolicy(r.domainOwner(), r.domain(), r.repository()));
    }

    Object putRepositoryPolicy(ApiRequest r) {
        JsonBody body = r.body();
        return Shapes.policy(catalog.policies().putRepositoryPolicy(r.domainOwner(), r.domain(), r.repository(),
                body.string("policyRevision"), body.string("policyDocument")));
    }

    Object deleteRepositoryPolicy(ApiRequest r) {
        return Shapes.policy(catalog.policies().deleteRepositoryPolicy(r.domainOwner(), r.domain(), r.repository(),
                r.query("policy-revision")));
    }

    Object tag(ApiRequest r) {
        var tags = r.body().tags("tags");
        if (tags == null) {
            throw new ValidationException("Missing required parameter 'tags': give at least one tag as key and value");
        }
        catalog.tags().tag(r.query("resourceArn"), tags);
        return Json.object();
    }

    Object untag(ApiRequest r) {
        List<String> keys = r.body().strings("tagKeys");
        catalog.tags().untag(r.query("resourceArn"), keys);
        return Json.object();
    }

    Object listTags(ApiRequest r) {
        return Shapes.tags(catalog.tags().list(r.query("resourceArn")));
    }
}
