package dev.packyard.service.topology;

import java.util.List;

/** What an import did: the domain (and whether it was created), the repositories created in order, those skipped. */
public record ImportResult(String domain, boolean domainCreated, List<String> created, List<String> skipped) {
    public ImportResult {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }
}
