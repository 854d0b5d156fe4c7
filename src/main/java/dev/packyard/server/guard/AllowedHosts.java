package dev.packyard.server.guard;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The names a request's {@code Host} header may use for this server. A page that makes its own domain resolve to
 * 127.0.0.1 (DNS rebinding) sends that domain as Host, so only names that mean this machine are accepted: the
 * loopback names, the address the server is bound to (every local interface address when bound to all of them,
 * plus the machine's own name) and names the operator configured. The port must be the one the server actually
 * listens on (a configured {@code NAME:PORT} is taken exactly, for a reverse proxy in front).
 */
final class AllowedHosts {
    private final Set<String> names;
    private final Set<String> exact;

    private AllowedHosts(Set<String> names, Set<String> exact) {
        this.names = names;
        this.exact = exact;
    }

    static AllowedHosts forServer(String bind, List<String> configured) {
        Set<String> names = new HashSet<>(Set.of("localhost", "127.0.0.1", "::1"));
        Set<String> exact = new HashSet<>();
        String bound = normalise(bind);
        if (bound.equals("0.0.0.0") || bound.equals("::")) {
            names.addAll(machineNames());
        } else {
            names.add(bound);
        }
        for (String entry : configured) {
            HostHeader parsed = HostHeader.parse(entry);
            if (parsed.port().isPresent()) {
                exact.add(parsed.name() + ":" + parsed.port().getAsInt());
            } else {
                names.add(parsed.name());
            }
        }
        return new AllowedHosts(Set.copyOf(names), Set.copyOf(exact));
    }

    /** Whether a {@code Host} header value names this server listening on {@code port}. */
    boolean permits(String hostHeader, int port) {
        HostHeader host = HostHeader.parse(hostHeader);
        if (host.name().isEmpty()) {
            return false;
        }
        if (host.port().isPresent() && exact.contains(host.name() + ":" + host.port().getAsInt())) {
            return true;
        }
        int asked = host.port().orElse(80);
        return asked == port && (names.contains(host.name()) || isLoopbackLiteral(host.name()));
    }

    private static boolean isLoopbackLiteral(String name) {
        return name.matches("127(\\.\\d{1,3}){3}");
    }

    private static Set<String> machineNames() {
        Set<String> found = new HashSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    found.add(normalise(address.getHostAddress()));
                }
            }
        } catch (SocketException e) {
            // Without the interface list only the loopback and configured names are accepted.
        }
        try {
            InetAddress self = InetAddress.getLocalHost();
            found.add(normalise(self.getHostName()));
            found.add(normalise(self.getCanonicalHostName()));
        } catch (UnknownHostException e) {
            // A machine without a resolvable name of its own is reached by address.
        }
        return found;
    }

    /** Lower case, without IPv6 brackets or a zone suffix, without a trailing dot. */
    static String normalise(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.startsWith("[") && n.endsWith("]")) {
            n = n.substring(1, n.length() - 1);
        }
        int zone = n.indexOf('%');
        if (zone >= 0) {
            n = n.substring(0, zone);
        }
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        if (n.equals("0:0:0:0:0:0:0:1")) {
            return "::1";
        }
        if (n.equals("0:0:0:0:0:0:0:0")) {
            return "::";
        }
        return n;
    }

    /** A {@code Host} value split into name and optional port; a malformed port leaves the name empty. */
    record HostHeader(String name, OptionalInt port) {
        static HostHeader parse(String value) {
            String v = value == null ? "" : value.trim();
            String name = v;
            String port = null;
            if (v.startsWith("[")) {
                int close = v.indexOf(']');
                if (close < 0) {
                    return new HostHeader("", OptionalInt.empty());
                }
                name = v.substring(0, close + 1);
                if (close + 1 < v.length()) {
                    if (v.charAt(close + 1) != ':') {
                        return new HostHeader("", OptionalInt.empty());
                    }
                    port = v.substring(close + 2);
                }
            } else if (v.indexOf(':') >= 0 && v.indexOf(':') == v.lastIndexOf(':')) {
                name = v.substring(0, v.indexOf(':'));
                port = v.substring(v.indexOf(':') + 1);
            }
            if (port == null) {
                return new HostHeader(normalise(name), OptionalInt.empty());
            }
            if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
                return new HostHeader("", OptionalInt.empty());
            }
            return new HostHeader(normalise(name), OptionalInt.of(Integer.parseInt(port)));
        }
    }
}
