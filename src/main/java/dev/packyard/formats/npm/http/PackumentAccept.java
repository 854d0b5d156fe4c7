package dev.packyard.formats.npm.http;

import java.util.Locale;

/**
 * Which packument form a client asked for. npm, pnpm and yarn list the abbreviated form first in {@code Accept} and
 * get it (the default of every installer); a client that does not name it (no {@code Accept}, {@code
 * application/json}, {@code *}{@code /*}: {@code npm view}, scripts, browsers) gets the full document, as registries
 * do, because only the full form carries publish times and readmes. A form listed with {@code q=0} is refused.
 */
final class PackumentAccept {
    private PackumentAccept() {
    }

    static boolean wantsAbbreviated(String accept) {
        if (accept == null) {
            return false;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            if (!parts[0].trim().equalsIgnoreCase(NpmEndpoint.ABBREVIATED)) {
                continue;
            }
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=") && quality(parameter.substring(2)) <= 0) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static double quality(String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
