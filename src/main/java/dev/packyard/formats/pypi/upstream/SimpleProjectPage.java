package dev.packyard.formats.pypi.upstream;

import dev.packyard.upstream.ListingDocument;
import java.util.List;
import java.util.Optional;

/** A project's page from the simple index, in whichever form the index served (PEP 691 JSON or PEP 503 HTML). */
public record SimpleProjectPage(String url, boolean json, List<SimpleFile> files, List<String> declaredVersions,
                                Optional<ListingDocument> document) {
    public SimpleProjectPage {
        files = List.copyOf(files);
        declaredVersions = List.copyOf(declaredVersions);
    }

    SimpleProjectPage withDocument(ListingDocument source) {
        return new SimpleProjectPage(url, json, files, declaredVersions, Optional.of(source));
    }
}
