package dev.packyard.demo.conditions;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a demo registry spoils the package files it serves (metadata and checksum files stay intact, so the published
 * hashes are the true ones): the three ways a real download goes bad.
 */
public enum CorruptFiles {
    /** The connection closes halfway through a file whose full length was announced. */
    TRUNCATED("truncated"),
    /** Every byte arrives, but one of them is wrong, so the file no longer has its published hash. */
    WRONG_HASH("wrong-hash"),
    /** The answer announces and sends fewer bytes than the file has: it looks complete but its tail is missing. */
    WRONG_LENGTH("wrong-length");

    private final String wireName;

    CorruptFiles(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static CorruptFiles fromWireName(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.wireName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown corruption '" + text
                        + "': use truncated, wrong-hash or wrong-length"));
    }

    /** Whether a registry path is a package file (tarball, wheel, sdist, jar, pom) rather than metadata or a checksum. */
    public static boolean isPackageFile(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".tgz") || p.endsWith(".whl") || p.endsWith(".tar.gz") || p.endsWith(".zip")
                || p.endsWith(".jar") || p.endsWith(".pom") || p.endsWith(".crate") || p.endsWith(".gem");
    }
}
