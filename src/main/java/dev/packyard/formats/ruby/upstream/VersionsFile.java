package dev.packyard.formats.ruby.upstream;

import java.util.LinkedHashMap;
import java.util.Map;

/** The compact index's {@code versions} file: a preamble, {@code ---}, then {@code NAME VERSIONS MD5} per line. */
public final class VersionsFile {
    private VersionsFile() {
    }

    /** Each gem's name and the rest of its line (its versions and the MD5 of its info file), in file order. */
    public static Map<String, String> entries(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        boolean body = false;
        for (String line : text.split("\n")) {
            if (!body) {
                body = line.strip().equals("---");
                continue;
            }
            int space = line.indexOf(' ');
            if (space > 0) {
                // A gem listed again later (new versions appended) keeps its first place; its versions add up.
                String name = line.substring(0, space);
                String rest = line.substring(space + 1).strip();
                entries.merge(name, rest, VersionsFile::appended);
            }
        }
        return entries;
    }

    /** A later line adds versions and carries the info file's current MD5. */
    private static String appended(String earlier, String later) {
        int earlierSpace = earlier.lastIndexOf(' ');
        int laterSpace = later.lastIndexOf(' ');
        if (earlierSpace < 0 || laterSpace < 0) {
            return later;
        }
        return earlier.substring(0, earlierSpace) + "," + later;
    }
}
