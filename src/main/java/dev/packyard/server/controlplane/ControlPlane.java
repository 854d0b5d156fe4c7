package dev.packyard.server.controlplane;

import dev.packyard.server.ServerContext;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.util.UUID;

/**
 * CodeArtifact's control-plane REST API: every operation of the service model, routed by
 * method and path exactly as the AWS CLI and SDKs call them.
 */
public final class ControlPlane {
    static final String REQUEST_ID = "packyard.requestId";

    private final ServerContext context;
    private final InputConstraints constraints = InputConstraints.load();

    public ControlPlane(ServerContext context) {
        this.context = context;
    }

    public void register(RoutesConfig routes) {
        routes.before(ctx -> {
            String id = UUID.randomUUID().toString();
            ctx.attribute(REQUEST_ID, id);
            ctx.header("x-amzn-RequestId", id);
        });
        routes.exception(Exception.class, ErrorResponses::handle);
        // Javalin maps its own HTTP exceptions (such as "no such endpoint") unless a handler claims them by class.
        routes.exception(HttpResponseException.class, ErrorResponses::handle);

        Shapes shapes = new Shapes(context.catalog().account());
        DomainApi domains = new DomainApi(context.catalog(), shapes);
        add(routes, HandlerType.POST, "/v1/domain", "CreateDomain", domains::create);
        add(routes, HandlerType.GET, "/v1/domain", "DescribeDomain", domains::describe);
        add(routes, HandlerType.DELETE, "/v1/domain", "DeleteDomain", domains::delete);
        add(routes, HandlerType.POST, "/v1/domains", "ListDomains", domains::list);

        RepositoryApi repositories = new RepositoryApi(context.catalog(), shapes);
        add(routes, HandlerType.POST, "/v1/repository", "CreateRepository", repositories::create);
        add(routes, HandlerType.GET, "/v1/repository", "DescribeRepository", repositories::describe);
        add(routes, HandlerType.PUT, "/v1/repository", "UpdateRepository", repositories::update);
        add(routes, HandlerType.DELETE, "/v1/repository", "DeleteRepository", repositories::delete);
        add(routes, HandlerType.POST, "/v1/repositories", "ListRepositories", repositories::listAll);
        add(routes, HandlerType.POST, "/v1/domain/repositories", "ListRepositoriesInDomain", repositories::listInDomain);
        add(routes, HandlerType.POST, "/v1/repository/external-connection", "AssociateExternalConnection",
                repositories::associate);
        add(routes, HandlerType.DELETE, "/v1/repository/external-connection", "DisassociateExternalConnection",
                repositories::disassociate);
        add(routes, HandlerType.GET, "/v1/repository/endpoint", "GetRepositoryEndpoint", repositories::endpoint);

        PackageApi packages = new PackageApi(context.catalog());
        add(routes, HandlerType.POST, "/v1/packages", "ListPackages", packages::list);
        add(routes, HandlerType.GET, "/v1/package", "DescribePackage", packages::describe);
        add(routes, HandlerType.DELETE, "/v1/package", "DeletePackage", packages::delete);
        add(routes, HandlerType.POST, "/v1/package", "PutPackageOriginConfiguration", packages::putOriginConfiguration);

        VersionApi versions = new VersionApi(context);
        add(routes, HandlerType.POST, "/v1/package/versions", "ListPackageVersions", versions::list);
        add(routes, HandlerType.GET, "/v1/package/version", "DescribePackageVersion", versions::describe);
        add(routes, HandlerType.POST, "/v1/package/version/assets", "ListPackageVersionAssets", versions::listAssets);
        add(routes, HandlerType.GET, "/v1/package/version/asset", "GetPackageVersionAsset", versions::getAsset);
        add(routes, HandlerType.GET, "/v1/package/version/readme", "GetPackageVersionReadme", versions::readme);
        add(routes, HandlerType.POST, "/v1/package/version/dependencies", "ListPackageVersionDependencies",
                versions::dependencies);
        add(routes, HandlerType.POST, "/v1/package/versions/update_status", "UpdatePackageVersionsStatus",
                versions::updateStatus);
        add(routes, HandlerType.POST, "/v1/package/versions/dispose", "DisposePackageVersions", versions::dispose);
        add(routes, HandlerType.POST, "/v1/package/versions/delete", "DeletePackageVersions", versions::delete);
        add(routes, HandlerType.POST, "/v1/package/versions/copy", "CopyPackageVersions", versions::copy);
        add(routes, HandlerType.POST, "/v1/package/version/publish", "PublishPackageVersion", versions::publish);

        AccessApi access = new AccessApi(context.catalog(), context.access());
        add(routes, HandlerType.POST, "/v1/authorization-token", "GetAuthorizationToken", access::token);
        add(routes, HandlerType.GET, "/v1/domain/permissions/policy", "GetDomainPermissionsPolicy", access::getDomainPolicy);
        add(routes, HandlerType.PUT, "/v1/domain/permissions/policy", "PutDomainPermissionsPolicy", access::putDomainPolicy);
        add(routes, HandlerType.DELETE, "/v1/domain/permissions/policy", "DeleteDomainPermissionsPolicy",
                access::deleteDomainPolicy);
        add(routes, HandlerType.GET, "/v1/repository/permissions/policy", "GetRepositoryPermissionsPolicy",
                access::getRepositoryPolicy);
        add(routes, HandlerType.PUT, "/v1/repository/permissions/policy", "PutRepositoryPermissionsPolicy",
                access::putRepositoryPolicy);
        add(routes, HandlerType.DELETE, "/v1/repository/permissions/policies", "DeleteRepositoryPermissionsPolicy",
                access::deleteRepositoryPolicy);
        add(routes, HandlerType.POST, "/v1/tag", "TagResource", access::tag);
        add(routes, HandlerType.POST, "/v1/untag", "UntagResource", access::untag);
        add(routes, HandlerType.POST, "/v1/tags", "ListTagsForResource", access::listTags);

        PackageGroupApi groups = new PackageGroupApi(context.catalog().packageGroups(), context.catalog().account());
        add(routes, HandlerType.POST, "/v1/package-group", "CreatePackageGroup", groups::create);
        add(routes, HandlerType.GET, "/v1/package-group", "DescribePackageGroup", groups::describe);
        add(routes, HandlerType.PUT, "/v1/package-group", "UpdatePackageGroup", groups::update);
        add(routes, HandlerType.DELETE, "/v1/package-group", "DeletePackageGroup", groups::delete);
        add(routes, HandlerType.POST, "/v1/package-groups", "ListPackageGroups", groups::list);
        add(routes, HandlerType.POST, "/v1/package-groups/sub-groups", "ListSubPackageGroups", groups::listSubGroups);
        add(routes, HandlerType.PUT, "/v1/package-group-origin-configuration", "UpdatePackageGroupOriginConfiguration",
                groups::updateOriginConfiguration);
        add(routes, HandlerType.GET, "/v1/get-associated-package-group", "GetAssociatedPackageGroup",
                groups::associatedGroup);
        add(routes, HandlerType.GET, "/v1/list-associated-packages", "ListAssociatedPackages",
                groups::listAssociatedPackages);
        add(routes, HandlerType.GET, "/v1/package-group-allowed-repositories", "ListAllowedRepositoriesForGroup",
                groups::listAllowedRepositories);
    }

    private void add(RoutesConfig routes, HandlerType method, String path, String operation, Operation handler) {
        routes.addHttpHandler(method, path, ctx -> {
            context.access().rateLimiter().acquire(operation);
            ApiRequest request = new ApiRequest(ctx);
            constraints.check(operation, request);
            Object response = handler.handle(request);
            if (response != null) {
                ctx.status(200);
                ctx.contentType("application/json");
                ctx.result(Json.bytes(response));
            }
        });
    }
}
