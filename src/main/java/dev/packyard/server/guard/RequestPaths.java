package dev.packyard.server.guard;

/** Which part of the server a request path belongs to, as far as the guard's answers and limits care. */
final class RequestPaths {
    enum Kind { CONTROL_PLANE, PACKAGE_TEXT, PACKAGE_JSON }

    private static final String PACKAGES = "/d/";
    private static final String HEALTH = "/_packyard/health";
    private static final String PUBLISH = "/v1/package/version/publish";

    private RequestPaths() {
    }

    static Kind kind(String path) {
        if (!path.startsWith(PACKAGES)) {
            return Kind.CONTROL_PLANE;
        }
        return "npm".equals(segment(path, 3)) ? Kind.PACKAGE_JSON : Kind.PACKAGE_TEXT;
    }

    /** The load balancer's probe: answered without a signature or token. */
    static boolean isHealthProbe(String path) {
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }

    static boolean isPackageEndpoint(String path) {
        return path.startsWith(PACKAGES);
    }

    /** Whether the body is a package file (or carries one): held to the upload cap rather than the JSON cap. */
    static boolean carriesUpload(String method, String path) {
        return path.equals(PUBLISH) || (isPackageEndpoint(path) && (method.equals("PUT") || method.equals("POST")));
    }

    /** twine (POST) and the NuGet client's push (PUT) upload as an HTML form would; no other route takes a form body. */
    static boolean takesFormUpload(String method, String path) {
        return method.equals("POST") && "pypi".equals(segment(path, 3))
                || method.equals("PUT") && "nuget".equals(segment(path, 3));
    }

    /** The n-th segment of /d/DOMAIN/OWNER/FORMAT/REPOSITORY/..., counting "d" as 0. */
    private static String segment(String path, int n) {
        String[] parts = path.split("/", n + 3);
        return parts.length > n + 1 ? parts[n + 1] : "";
    }
}
