package dev.packyard.server.controlplane;

import dev.packyard.service.packages.PackageQuery;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.server.CatalogApi;
import dev.packyard.service.error.ValidationException;

/** ListPackages, DescribePackage, DeletePackage, PutPackageOriginConfiguration. */
final class PackageApi {
    private final CatalogApi catalog;

    PackageApi(CatalogApi catalog) {
        this.catalog = catalog;
    }

    Object list(ApiRequest r) {
        return Shapes.page(Json.object(), "packages", catalog.packages().list(
                PackageQuery.in(r.domainOwner(), r.domain(), r.repository()).format(r.query("format"))
                        .namespace(r.query("namespace")).packagePrefix(r.query("package-prefix")).publish(r.query("publish"))
                        .upstream(r.query("upstream")), r.queryInt("max-results"), r.query("next-token")), Shapes::packageSummary);
    }

    Object describe(ApiRequest r) {
        return Shapes.wrap("package", Shapes.packageDescription(catalog.packages().describe(r.domainOwner(), r.domain(),
                r.repository(), r.query("format"), r.query("namespace"), r.query("package"))));
    }

    Object delete(ApiRequest r) {
        return Shapes.wrap("deletedPackage", Shapes.packageSummary(catalog.packages().delete(r.domainOwner(), r.domain(),
                r.repository(), r.query("format"), r.query("namespace"), r.query("package"))));
    }

    Object putOriginConfiguration(ApiRequest r) {
        JsonNode restrictions = r.body().node("restrictions");
        if (restrictions == null) {
            throw new ValidationException("Missing required parameter 'restrictions': give both publish and upstream "
                    + "(ALLOW or BLOCK)");
        }
        if (!restrictions.isObject()) {
            throw new ValidationException("Invalid restrictions: expected an object with publish and upstream");
        }
        JsonBody members = new JsonBody((ObjectNode) restrictions);
        var updated = catalog.packages().putOriginConfiguration(r.domainOwner(), r.domain(), r.repository(),
                r.query("format"), r.query("namespace"), r.query("package"), members.string("publish"),
                members.string("upstream"));
        return Shapes.wrap("originConfiguration", Shapes.originConfiguration(updated.originRestrictions()));
    }
}
