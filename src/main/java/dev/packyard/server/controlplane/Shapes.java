package dev.packyard.server.controlplane;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.Asset;
import dev.packyard.model.Domain;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.OriginRestrictions;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageDependency;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.Page;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.domains.DomainDetails;
import dev.packyard.service.packages.BatchResult;
import dev.packyard.service.policies.ResourcePolicy;
import dev.packyard.service.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** CodeArtifact's response structures (service model names and member order) built from Packyard's model. */
final class Shapes {
    private final LocalAccount account;

    Shapes(LocalAccount account) {
        this.account = account;
    }

    ObjectNode domainSummary(Domain d) {
        ObjectNode n = Json.object();
        n.put("name", d.name());
        n.put("owner", d.owner());
        n.put("arn", account.domainArn(d.id()));
        n.put("status", d.status().name());
        n.put("createdTime", Json.epochSeconds(d.createdTime()));
        Json.putIfPresent(n, "encryptionKey", d.encryptionKey());
        return n;
    }

    ObjectNode domainDescription(DomainDetails details) {
        ObjectNode n = domainSummary(details.domain());
        n.put("arn", details.arn());
        n.put("repositoryCount", details.repositoryCount());
        n.put("assetSizeBytes", details.assetSizeBytes());
        n.put("s3BucketArn", "arn:aws:s3:::assets-" + details.domain().owner() + "-" + account.region());
        return n;
    }

    ObjectNode repositorySummary(Repository r) {
        ObjectNode n = Json.object();
        n.put("name", r.name());
        n.put("administratorAccount", r.administratorAccount());
        n.put("domainName", r.domain().name());
        n.put("domainOwner", r.domain().owner());
        n.put("arn", account.repositoryArn(r.id()));
        Json.putIfPresent(n, "description", r.description());
        n.put("createdTime", Json.epochSeconds(r.createdTime()));
        return n;
    }

    ObjectNode repositoryDescription(Repository r) {
        ObjectNode n = Json.object();
        n.put("name", r.name());
        n.put("administratorAccount", r.administratorAccount());
        n.put("domainName", r.domain().name());
        n.put("domainOwner", r.domain().owner());
        n.put("arn", account.repositoryArn(r.id()));
        Json.putIfPresent(n, "description", r.description());
        ArrayNode upstreams = n.putArray("upstreams");
        r.upstreams().forEach(u -> upstreams.addObject().put("repositoryName", u));
        ArrayNode connections = n.putArray("externalConnections");
        r.externalConnection().ifPresent(c -> connections.addObject()
                .put("externalConnectionName", c.connectionName())
                .put("packageFormat", c.format().wireName())
                .put("status", "Available"));
        n.put("createdTime", Json.epochSeconds(r.createdTime()));
        return n;
    }

    static ObjectNode originConfiguration(OriginRestrictions r) {
        ObjectNode n = Json.object();
        n.putObject("restrictions").put("publish", r.publish().name()).put("upstream", r.upstream().name());
        return n;
    }

    /** PackageSummary (list-packages) names the package under {@code package}. */
    static ObjectNode packageSummary(PackageSummary p) {
        return packageShape(p, "package");
    }

    /** PackageDescription (describe-package) names the same thing {@code name}: CodeArtifact's own inconsistency. */
    static ObjectNode packageDescription(PackageSummary p) {
        return packageShape(p, "name");
    }

    private static ObjectNode packageShape(PackageSummary p, String nameKey) {
        ObjectNode n = Json.object();
        n.put("format", p.coordinate().format().wireName());
        Json.putIfPresent(n, "namespace", p.coordinate().namespace());
        n.put(nameKey, p.coordinate().name());
        n.set("originConfiguration", originConfiguration(p.originRestrictions()));
        return n;
    }

    static ObjectNode origin(PackageVersionOrigin o) {
        ObjectNode n = Json.object();
        ObjectNode entry = Json.object();
        Json.putIfPresent(entry, "repositoryName", o.repositoryName());
        Json.putIfPresent(entry, "externalConnectionName", o.externalConnectionName());
        if (!entry.isEmpty()) {
            n.set("domainEntryPoint", entry);
        }
        n.put("originType", o.type().name());
        return n;
    }

    static ObjectNode versionSummary(PackageVersion v) {
        ObjectNode n = Json.object();
        n.put("version", v.version());
        n.put("revision", v.revision());
        n.put("status", v.status().name());
        n.set("origin", origin(v.origin()));
        return n;
    }

    static ObjectNode versionDescription(PackageVersion v) {
        PackageCoordinate c = v.coordinate();
        VersionMetadata m = v.metadata();
        ObjectNode n = Json.object();
        n.put("format", c.format().wireName());
        Json.putIfPresent(n, "namespace", c.namespace());
        n.put("packageName", c.name());
        n.put("displayName", m.displayName() != null ? m.displayName() : c.displayName());
        n.put("version", v.version());
        Json.putIfPresent(n, "summary", m.summary());
        Json.putIfPresent(n, "homePage", m.homePage());
        Json.putIfPresent(n, "sourceCodeRepository", m.sourceCodeRepository());
        n.put("publishedTime", Json.epochSeconds(v.publishedTime()));
        if (!m.licenses().isEmpty()) {
            ArrayNode licenses = n.putArray("licenses");
            m.licenses().forEach(l -> {
                ObjectNode license = licenses.addObject();
                Json.putIfPresent(license, "name", l.name());
                Json.putIfPresent(license, "url", l.url());
            });
        }
        n.put("revision", v.revision());
        n.put("status", v.status().name());
        n.set("origin", origin(v.origin()));
        return n;
    }

    /** The package and version members several version operations start their response with. */
    static ObjectNode versionHeader(PackageVersion v) {
        ObjectNode n = Json.object();
        n.put("format", v.coordinate().format().wireName());
        Json.putIfPresent(n, "namespace", v.coordinate().namespace());
        n.put("package", v.coordinate().name());
        n.put("version", v.version());
        n.put("versionRevision", v.revision());
        return n;
    }

    /** PackageDependency; members the manifest does not give are left out, as the CLI never prints nulls. */
    static ObjectNode dependency(PackageDependency d) {
        ObjectNode n = Json.object();
        Json.putIfPresent(n, "namespace", d.namespace());
        n.put("package", d.packageName());
        Json.putIfPresent(n, "dependencyType", d.dependencyType());
        Json.putIfPresent(n, "versionRequirement", d.versionRequirement());
        return n;
    }

    static ObjectNode asset(Asset a) {
        ObjectNode n = Json.object();
        n.put("name", a.name());
        n.put("size", a.size());
        ObjectNode hashes = n.putObject("hashes");
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            String value = a.hashes().get(algorithm);
            if (value != null) {
                hashes.put(algorithm.wireName(), value);
            }
        }
        return n;
    }

    static ObjectNode batch(BatchResult result) {
        ObjectNode n = Json.object();
        ObjectNode ok = n.putObject("successfulVersions");
        for (Map.Entry<String, BatchResult.Success> e : result.successful().entrySet()) {
            ok.putObject(e.getKey()).put("revision", e.getValue().revision()).put("status", e.getValue().status().name());
        }
        ObjectNode failed = n.putObject("failedVersions");
        for (Map.Entry<String, BatchResult.Failure> e : result.failed().entrySet()) {
            failed.putObject(e.getKey()).put("errorCode", e.getValue().errorCode().name())
                    .put("errorMessage", e.getValue().errorMessage());
        }
        return n;
    }

    static ObjectNode policy(ResourcePolicy p) {
        ObjectNode n = Json.object();
        n.putObject("policy").put("resourceArn", p.resourceArn()).put("revision", p.revision()).put("document", p.document());
        return n;
    }

    static ObjectNode tags(List<Tag> tags) {
        ObjectNode n = Json.object();
        ArrayNode list = n.putArray("tags");
        tags.forEach(t -> list.addObject().put("key", t.key()).put("value", t.value()));
        return n;
    }

    /** A list response: the items under {@code key}, and nextToken only when there is a next page. */
    static <T> ObjectNode page(ObjectNode n, String key, Page<T> page, Function<T, ObjectNode> shape) {
        ArrayNode items = n.putArray(key);
        page.items().forEach(item -> items.add(shape.apply(item)));
        page.nextToken().ifPresent(t -> n.put("nextToken", t));
        return n;
    }

    static ObjectNode wrap(String key, ObjectNode value) {
        ObjectNode n = Json.object();
        n.set(key, value);
        return n;
    }
}
