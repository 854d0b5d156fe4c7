package dev.packyard.server.controlplane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.groups.OriginRestrictionType;
import dev.packyard.model.groups.PackageGroup;
import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.groups.AllowedRepositoryChange;
import dev.packyard.service.groups.AssociatedPackage;
import dev.packyard.service.groups.EffectiveRestriction;
import dev.packyard.service.groups.GroupAssociation;
import dev.packyard.service.groups.OriginUpdate;
import dev.packyard.service.groups.PackageGroupService;
import dev.packyard.service.groups.PackageGroupView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ten package group operations, with CodeArtifact's paths, members and shapes. */
final class PackageGroupApi {
    private final PackageGroupService groups;
    private final LocalAccount account;

    PackageGroupApi(PackageGroupService groups, LocalAccount account) {
        this.groups = groups;
        this.account = account;
    }

    Object create(ApiRequest r) {
        JsonBody body = r.body();
        return Json.object().set("packageGroup", description(groups.create(r.domainOwner(), r.domain(),
                body.string("packageGroup"), body.string("contactInfo"), body.string("description"), body.tags("tags"))));
    }

    Object describe(ApiRequest r) {
        return Json.object().set("packageGroup", description(groups.describe(r.domainOwner(), r.domain(),
                r.query("package-group"))));
    }

    Object update(ApiRequest r) {
        JsonBody body = r.body();
        return Json.object().set("packageGroup", description(groups.update(r.domainOwner(), r.domain(),
                body.string("packageGroup"), body.string("contactInfo"), body.string("description"))));
    }

    Object delete(ApiRequest r) {
        return Json.object().set("packageGroup", description(groups.delete(r.domainOwner(), r.domain(),
                r.query("package-group"))));
    }

    Object list(ApiRequest r) {
        return Shapes.page(Json.object(), "packageGroups", groups.list(r.domainOwner(), r.domain(), r.query("prefix"),
                r.queryInt("max-results"), r.query("next-token")), this::description);
    }

    Object listSubGroups(ApiRequest r) {
        return Shapes.page(Json.object(), "packageGroups", groups.listSubGroups(r.domainOwner(), r.domain(),
                r.query("package-group"), r.queryInt("max-results"), r.query("next-token")), this::description);
    }

    Object updateOriginConfiguration(ApiRequest r) {
        JsonBody body = r.body();
        OriginUpdate update = groups.updateOriginConfiguration(r.domainOwner(), r.domain(), r.query("package-group"),
                body.stringMap("restrictions"), changes(body, "addAllowedRepositories"),
                changes(body, "removeAllowedRepositories"));
        ObjectNode n = Json.object();
        n.set("packageGroup", description(update.group()));
        ObjectNode updates = n.putObject("allowedRepositoryUpdates");
        for (OriginRestrictionType type : OriginRestrictionType.values()) {
            OriginUpdate.Changes c = update.allowedRepositoryUpdates().get(type);
            if (c == null) {
                continue;
            }
            ObjectNode t = updates.putObject(type.name());
            if (!c.added().isEmpty()) {
                ArrayNode added = t.putArray("ADDED");
                c.added().forEach(added::add);
            }
            if (!c.removed().isEmpty()) {
                ArrayNode removed = t.putArray("REMOVED");
                c.removed().forEach(removed::add);
            }
        }
        return n;
    }

    Object listAllowedRepositories(ApiRequest r) {
        var page = groups.listAllowedRepositories(r.domainOwner(), r.domain(), r.query("package-group"),
                r.query("originRestrictionType"), r.queryInt("max-results"), r.query("next-token"));
        ObjectNode n = Json.object();
        ArrayNode names = n.putArray("allowedRepositories");
        page.items().forEach(names::add);
        page.nextToken().ifPresent(t -> n.put("nextToken", t));
        return n;
    }

    Object associatedGroup(ApiRequest r) {
        GroupAssociation a = groups.associatedGroup(r.domainOwner(), r.domain(), r.query("format"), r.query("namespace"),
                r.query("package"));
        ObjectNode n = Json.object();
        n.set("packageGroup", description(a.group()));
        n.put("associationType", a.associationType().name());
        return n;
    }

    Object listAssociatedPackages(ApiRequest r) {
        return Shapes.page(Json.object(), "packages", groups.listAssociatedPackages(r.domainOwner(), r.domain(),
                r.query("package-group"), r.queryInt("max-results"), r.query("next-token"), r.queryBool("preview")),
                PackageGroupApi::associatedPackage);
    }

    private static ObjectNode associatedPackage(AssociatedPackage p) {
        ObjectNode n = Json.object();
        n.put("format", p.coordinate().format().wireName());
        if (p.coordinate().namespace() != null) {
            n.put("namespace", p.coordinate().namespace());
        }
        n.put("package", p.coordinate().name());
        n.put("associationType", p.associationType().name());
        return n;
    }

    private static List<AllowedRepositoryChange> changes(JsonBody body, String member) {
        JsonNode n = body.node(member);
        if (n == null) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new ValidationException("Invalid " + member + ": expected a list of {\"originRestrictionType\": …, "
                    + "\"repositoryName\": …} objects");
        }
        List<AllowedRepositoryChange> out = new ArrayList<>();
        for (JsonNode item : n) {
            if (!item.isObject() || !item.path("repositoryName").isTextual()
                    || !item.path("originRestrictionType").isTextual()) {
                throw new ValidationException("Invalid " + member + ": each entry needs originRestrictionType and "
                        + "repositoryName as strings");
            }
            out.add(new AllowedRepositoryChange(item.get("repositoryName").textValue(),
                    item.get("originRestrictionType").textValue()));
        }
        return out;
    }

    private ObjectNode description(PackageGroupView view) {
        PackageGroup g = view.group();
        ObjectNode n = Json.object();
        n.put("arn", arn(g));
        n.put("pattern", g.pattern().written());
        n.put("domainName", g.domain().name());
        n.put("domainOwner", g.domain().owner());
        n.put("createdTime", Json.epochSeconds(g.createdTime()));
        if (g.contactInfo() != null) {
            n.put("contactInfo", g.contactInfo());
        }
        if (g.description() != null) {
            n.put("description", g.description());
        }
        ObjectNode restrictions = n.putObject("originConfiguration").putObject("restrictions");
        Map<OriginRestrictionType, EffectiveRestriction> ordered = new LinkedHashMap<>();
        for (OriginRestrictionType type : OriginRestrictionType.values()) {
            ordered.put(type, view.restrictions().get(type));
        }
        ordered.forEach((type, e) -> {
            ObjectNode t = restrictions.putObject(type.name());
            t.put("mode", e.mode().name());
            t.put("effectiveMode", e.effectiveMode().name());
            e.inheritedFrom().ifPresent(from -> t.set("inheritedFrom", reference(from)));
            t.put("repositoriesCount", (long) g.allowed(type).size());
        });
        view.parent().ifPresent(p -> n.set("parent", reference(p)));
        return n;
    }

    private ObjectNode reference(PackageGroup g) {
        ObjectNode n = Json.object();
        n.put("arn", arn(g));
        n.put("pattern", g.pattern().written());
        return n;
    }

    private String arn(PackageGroup g) {
        return account.packageGroupArn(g.domain(), g.pattern().written());
    }
}
