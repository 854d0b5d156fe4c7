package dev.packyard.upstream.pypi;

import java.util.List;

/** A project's page from the simple index, in whichever form the index served (PEP 691 JSON or PEP 503 HTML). */
public record SimpleProjectPage(String url, boolean json, List<SimpleFile> files, List<String> declaredVersions) {
    public SimpleProjectPage {
        files = List.copyOf(files);
        declaredVersions = List.copyOf(declaredVersions);
    }
}
