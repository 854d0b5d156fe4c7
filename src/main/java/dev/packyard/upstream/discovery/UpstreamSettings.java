package dev.packyard.upstream.discovery;

import dev.packyard.model.ExternalConnection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads {@code --upstream NAME=URL} options, with messages that say what to write instead. */
public final class UpstreamSettings {
    private UpstreamSettings() {
    }

    public static Map<ExternalConnection, String> parse(List<String> specs) {
        Map<ExternalConnection, String> out = new EnumMap<>(ExternalConnection.class);
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--upstream expects NAME=URL, e.g. public:npmjs=http://127.0.0.1:4873/, not '"
                        + spec + "'");
            }
            String name = spec.substring(0, eq).trim();
            ExternalConnection connection = ExternalConnection.byName(name).orElseThrow(() -> new IllegalArgumentException(
                    "Unknown external connection '" + name + "' in --upstream; use one of " + String.join(", ",
                            ExternalConnection.names())));
            String url = Urls.http(spec.substring(eq + 1)).orElseThrow(() -> new IllegalArgumentException(
                    "--upstream " + name + " needs an http:// or https:// URL, not '" + spec.substring(eq + 1) + "'"));
            out.put(connection, url);
        }
        return out;
    }
}
