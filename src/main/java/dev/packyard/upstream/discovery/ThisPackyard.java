package dev.packyard.upstream.discovery;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * The addresses this Packyard answers on. A package-manager configuration written by {@code aws codeartifact login}
 * names one of them, and using it as a public registry would make every uncached fetch call Packyard itself.
 */
public final class ThisPackyard {
    private final Set<String> hosts;
    private final Set<Integer> ports;

    private ThisPackyard(Set<String> hosts, Set<Integer> ports) {
        this.hosts = Set.copyOf(hosts);
        this.ports = Set.copyOf(ports);
    }

    /** A Packyard listening on {@code bind}:{@code port}; an all-interfaces bind counts every local address. */
    public static ThisPackyard listeningOn(String bind, int port) {
        Set<String> hosts = new HashSet<>(List.of("localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1", "0.0.0.0", "::"));
        hosts.add(normal(bind));
        try {
            hosts.add(normal(InetAddress.getLocalHost().getHostName()));
        } catch (UnknownHostException e) {
            // Without a resolvable host name the loopback and interface addresses still count.
        }
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                Collections.list(nic.getInetAddresses()).forEach(a -> hosts.add(normal(a.getHostAddress())));
            }
        } catch (SocketException e) {
            // The interface list is a convenience; loopback and the bind address are already known.
        }
        return new ThisPackyard(hosts, Set.of(port));
    }

    /** Before the server's port is known only the endpoint path gives Packyard away. */
    public static ThisPackyard pathsOnly() {
        return new ThisPackyard(Set.of(), Set.of());
    }

    /** True for a URL of this Packyard's address and port, or for any Packyard package endpoint path. */
    public boolean owns(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            return false;
        }
        return isEndpointPath(parsed) || hosts.contains(normal(parsed.host())) && ports.contains(parsed.port());
    }

    // Packyard's package endpoints are /d/DOMAIN/OWNER/FORMAT/REPO/…, the shape get-repository-endpoint returns.
    private static boolean isEndpointPath(HttpUrl url) {
        List<String> segments = url.pathSegments();
        return segments.size() >= 5 && segments.get(0).equals("d") && segments.get(2).matches("\\d{12}");
    }

    private static String normal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        int zone = h.indexOf('%');
        if (zone >= 0) {
            h = h.substring(0, zone);
        }
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
