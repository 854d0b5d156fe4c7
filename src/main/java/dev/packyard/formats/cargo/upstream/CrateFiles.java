package dev.packyard.formats.cargo.upstream;

import java.util.Locale;

/** The names and download addresses of {@code .crate} files, as the sparse protocol's {@code dl} template gives them. */
public final class CrateFiles {
    private static final String[] MARKERS = {"{crate}", "{version}", "{prefix}", "{lowerprefix}", "{sha256-checksum}"};

    private CrateFiles() {
    }

    /** The name Packyard stores a version's crate file under: lower-cased crate name, version, {@code .crate}. */
    public static String assetName(String crate, String version) {
        return crate.toLowerCase(Locale.ROOT) + "-" + version + ".crate";
    }

    /**
     * A crate's download address: the template's markers filled in, or, when it has none, the template followed by
     * {@code /CRATE/VERSION/download} (the protocol's rule).
     */
    public static String downloadUrl(String template, String crate, String version, String sha256) {
        boolean marked = false;
        for (String marker : MARKERS) {
            marked |= template.contains(marker);
        }
        if (!marked) {
            return (template.endsWith("/") ? template : template + "/") + crate + "/" + version + "/download";
        }
        String prefix = prefix(crate);
        return template.replace("{crate}", crate).replace("{version}", version).replace("{prefix}", prefix)
                .replace("{lowerprefix}", prefix.toLowerCase(Locale.ROOT)).replace("{sha256-checksum}", sha256);
    }

    /** The directory part of the crate's index path ({@code 1}, {@code 2}, {@code 3/a}, {@code ab/cd}), in the name's case. */
    private static String prefix(String crate) {
        return switch (crate.length()) {
            case 1 -> "1";
            case 2 -> "2";
            case 3 -> "3/" + crate.charAt(0);
            default -> crate.substring(0, 2) + "/" + crate.substring(2, 4);
        };
    }
}
