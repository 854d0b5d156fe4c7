package dev.packyard.server.guard;

import dev.packyard.model.Hashes;
import dev.packyard.server.ServerSettings;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What every request must pass before a handler sees it, so that no web page the user opens can drive the loopback
 * server and no client can exhaust it:
 * <ul>
 * <li>the {@code Host} header names this server (against DNS rebinding);</li>
 * <li>no CORS preflight is answered, and a state-changing request with an {@code Origin} header or a content type a
 *     page can send cross-site without a preflight (text, form) is refused;</li>
 * <li>control-plane requests carry an AWS SigV4 {@code Authorization} header, which the AWS CLI and SDKs always send
 *     and a browser cannot add cross-site;</li>
 * <li>the path, the body and the number of requests one client has in progress stay within the server's limits.</li>
 * </ul>
 * Refusals are CodeArtifact errors (AccessDeniedException and friends) and change nothing.
 */
public final class RequestGuard implements Filter {
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> CROSS_SITE_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data");

    private final ServerSettings settings;
    private final AllowedHosts hosts;
    private final ClientSlots slots;

    public RequestGuard(ServerSettings settings) {
        this.settings = settings;
        this.hosts = AllowedHosts.forServer(settings.bind(), settings.allowedHosts());
        this.slots = new ClientSlots(settings.maxRequestsPerClient());
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI();
        Optional<Refusal> refusal = refusal(request, path);
        if (refusal.isPresent()) {
            refusal.get().send(path, response);
            return;
        }
        String client = client(request, path);
        if (!slots.tryAcquire(client)) {
            refuseBusy(path, response);
            return;
        }
        try {
            chain.doFilter(capped(request, path), response);
        } finally {
            slots.release(client);
        }
    }

    private Optional<Refusal> refusal(HttpServletRequest request, String path) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        int uriLength = path.length() + (request.getQueryString() == null ? 0 : request.getQueryString().length() + 1);
        if (uriLength > settings.maxUriLength()) {
            return Optional.of(Refusal.tooLarge(414, "The request's path and query are " + uriLength + " characters long, "
                    + "over this server's limit of " + settings.maxUriLength() + ": no package or operation has a path "
                    + "that long"));
        }
        String host = request.getHeader("Host");
        if (host != null && !hosts.permits(host, request.getLocalPort())) {
            return Optional.of(Refusal.accessDenied("The Host header '" + printable(host) + "' does not name this "
                    + "Packyard server: use http://127.0.0.1:" + request.getLocalPort() + " (or localhost), the address "
                    + "it is bound to, or a name given with --allow-host"));
        }
        if (method.equals("OPTIONS")) {
            return Optional.of(Refusal.accessDenied("Packyard does not answer cross-origin (CORS) requests: use the AWS "
                    + "CLI, an AWS SDK or a package manager, not a web page"));
        }
        if (STATE_CHANGING.contains(method)) {
            if (request.getHeader("Origin") != null) {
                return Optional.of(Refusal.accessDenied("A request from a web page (it has an Origin header) cannot "
                        + "change anything in Packyard: use the AWS CLI, an AWS SDK or a package manager"));
            }
            String type = mediaType(request.getContentType());
            if (CROSS_SITE_TYPES.contains(type)
                    && !(type.equals("multipart/form-data") && RequestPaths.takesFormUpload(method, path))) {
                return Optional.of(Refusal.accessDenied("A " + type + " body is what a web page can send to another "
                        + "site, so Packyard refuses it here: send JSON (or the package file) as the AWS CLI, the SDKs "
                        + "and package managers do"));
            }
        }
        if (!RequestPaths.isPackageEndpoint(path) && !RequestPaths.isHealthProbe(path) && SigV4Authorization.accessKeyId(request.getHeader("Authorization")).isEmpty()) {
            return Optional.of(Refusal.accessDenied("The control plane accepts only requests signed with AWS Signature "
                    + "Version 4: use the AWS CLI or an AWS SDK with --endpoint-url (any access key works locally, "
                    + "for example the README's dummy keys)"));
        }
        long declared = request.getContentLengthLong();
        long cap = cap(method, path);
        if (declared > cap) {
            return Optional.of(Refusal.tooLarge(413, Limits.tooLargeMessage(uploadOrJson(method, path), cap)));
        }
        return Optional.empty();
    }

    private void refuseBusy(String path, HttpServletResponse response) throws IOException {
        String message = "This client already has " + slots.limit() + " requests in progress, the most one client may "
                + "have at once: retry after the others finish";
        // Package managers retry a 503 with Retry-After; the AWS CLI and SDKs retry CodeArtifact's 429 Throttling.
        Refusal.busy(RequestPaths.isPackageEndpoint(path) ? 503 : 429, message).send(path, response);
    }

    private HttpServletRequest capped(HttpServletRequest request, String path) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (request.getContentLengthLong() >= 0 || !STATE_CHANGING.contains(method)) {
            return request;
        }
        return new CappedBodyRequest(request, cap(method, path), uploadOrJson(method, path));
    }

    private long cap(String method, String path) {
        return RequestPaths.carriesUpload(method, path) ? settings.maxUploadBytes() : settings.maxJsonBodyBytes();
    }

    private static String uploadOrJson(String method, String path) {
        return RequestPaths.carriesUpload(method, path) ? Limits.UPLOAD : Limits.JSON_BODY;
    }

    /** Who a request counts against: its credential (never kept in the clear), else its remote address. */
    private static String client(HttpServletRequest request, String path) {
        String authorization = request.getHeader("Authorization");
        if (!RequestPaths.isPackageEndpoint(path)) {
            Optional<String> key = SigV4Authorization.accessKeyId(authorization);
            if (key.isPresent()) {
                return "key " + key.get();
            }
        } else if (authorization != null && !authorization.isBlank()) {
            return "token " + sha256(authorization.trim());
        }
        return "address " + request.getRemoteAddr();
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String printable(String value) {
        String clipped = value.length() > 100 ? value.substring(0, 100) + "…" : value;
        return clipped.replaceAll("[^\\x20-\\x7e…]", "?");
    }

    private static String sha256(String value) {
        return Hashes.sha256Hex(value);
    }
}
