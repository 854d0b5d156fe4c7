package dev.packyard.formats.ruby.gem;

import java.util.Arrays;
import java.util.Optional;

/**
 * The full name RubyGems gives a gem ({@code rack-3.0.1}, {@code nokogiri-1.16.0-x86_64-linux}) read back into name,
 * version and platform. A name may hold dashes; its version is the first dash-separated part that starts with a digit,
 * and whatever follows is the platform.
 */
public record GemFileName(String name, String version, String platform) {
    public static String fullName(String name, String version, String platform) {
        return name + "-" + version + (platform == null || platform.equals(GemSpec.RUBY) ? "" : "-" + platform);
    }

    public static String of(String name, String version, String platform) {
        return fullName(name, version, platform) + ".gem";
    }

    /** {@code NAME-VERSION[-PLATFORM]} with the given ending removed first, e.g. ".gem". */
    public static Optional<GemFileName> parse(String file, String ending) {
        if (!file.endsWith(ending)) {
            return Optional.empty();
        }
        String[] parts = file.substring(0, file.length() - ending.length()).split("-", -1);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty() && Character.isDigit(parts[i].charAt(0))) {
                String name = String.join("-", Arrays.copyOfRange(parts, 0, i));
                String platform = i + 1 < parts.length ? String.join("-", Arrays.copyOfRange(parts, i + 1, parts.length)) : GemSpec.RUBY;
                return name.isEmpty() || platform.isEmpty() ? Optional.empty() : Optional.of(new GemFileName(name, parts[i], platform));
            }
        }
        return Optional.empty();
    }

    public String fileName() {
        return of(name, version, platform);
    }
}
