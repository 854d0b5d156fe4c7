package dev.packyard.formats.pypi.demo;

import dev.packyard.demo.common.Digests;
import dev.packyard.demo.common.Release;
import java.time.Instant;
import java.util.List;

/** One version of a demo PyPI project with its single wheel. */
record PypiRelease(String project, String version, String summary, List<String> requiresDist, Instant published,
                   byte[] wheel, Digests digests) implements Release {
    static final String REQUIRES_PYTHON = ">=3.8";

    String fileName() {
        return ProjectNames.wheelName(project) + "-" + version + "-py3-none-any.whl";
    }

    String fileUrl(String baseUrl) {
        return baseUrl + "packages/" + ProjectNames.normalize(project) + "/" + fileName();
    }
}
