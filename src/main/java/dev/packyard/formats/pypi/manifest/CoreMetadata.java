package dev.packyard.formats.pypi.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python's core metadata (a wheel's {@code METADATA}, an sdist's {@code PKG-INFO}): e-mail style header fields, some
 * repeated, continued on indented lines, and since metadata 2.1 the long description as the message body.
 */
final class CoreMetadata {
    private final Map<String, List<String>> fields;
    private final String body;

    private CoreMetadata(Map<String, List<String>> fields, String body) {
        this.fields = fields;
        this.body = body;
    }

    static CoreMetadata parse(String text) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int i = 0;
        String name = null;
        StringBuilder value = null;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                i++;
                break;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && value != null) {
                value.append('\n').append(line);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            add(fields, name, value);
            name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            value = new StringBuilder(line.substring(colon + 1).strip());
        }
        add(fields, name, value);
        StringBuilder rest = new StringBuilder();
        for (; i < lines.length; i++) {
            rest.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
        }
        String body = rest.toString().strip();
        return new CoreMetadata(fields, body.isEmpty() ? null : body);
    }

    private static void add(Map<String, List<String>> fields, String name, StringBuilder value) {
        if (name != null) {
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value.toString());
        }
    }

    /** The first value of a field, or null when it is absent, blank or the old placeholder UNKNOWN. */
    String first(String field) {
        List<String> values = fields.getOrDefault(field.toLowerCase(Locale.ROOT), List.of());
        if (values.isEmpty()) {
            return null;
        }
        String v = values.get(0).strip();
        return v.isEmpty() || v.equals("UNKNOWN") ? null : v;
    }

    List<String> all(String field) {
        return fields.getOrDefault(field.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * The long description: the body, or the older {@code Description} field whose continuation lines carry eight
     * spaces or a {@code |} margin.
     */
    String description() {
        if (body != null) {
            return body;
        }
        String field = first("Description");
        if (field == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        String[] lines = field.split("\n", -1);
        out.append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("       |")) {
                line = line.substring("       |".length());
            } else if (line.startsWith("        ")) {
                line = line.substring(8);
            } else {
                line = line.stripLeading();
            }
            out.append('\n').append(line);
        }
        return out.toString().strip();
    }
}
