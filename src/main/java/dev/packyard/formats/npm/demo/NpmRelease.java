package dev.packyard.formats.npm.demo;

import dev.packyard.demo.common.Digests;
import dev.packyard.demo.common.Release;
import java.time.Instant;
import java.util.Map;

/** One version of a demo npm package with its tarball. */
record NpmRelease(String name, String version, String description, Map<String, String> dependencies,
                  Instant published, byte[] tarball, Digests digests) implements Release {

    /** The tarball's file name as the public registry spells it: the unscoped name, then the version. */
    String tarballFileName() {
        String unscoped = name.startsWith("@") ? name.substring(name.indexOf('/') + 1) : name;
        return unscoped + "-" + version + ".tgz";
    }

    String tarballUrl(String baseUrl) {
        return baseUrl + name + "/-/" + tarballFileName();
    }
}
