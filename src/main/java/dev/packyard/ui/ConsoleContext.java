package dev.packyard.ui;

import dev.packyard.service.domains.DomainService;
import dev.packyard.service.packages.PackageService;
import dev.packyard.service.packages.VersionService;
import dev.packyard.service.repositories.RepositoryService;
import java.nio.file.Path;

/** What the console needs from the rest of Packyard. */
public record ConsoleContext(DomainService domains, RepositoryService repositories, PackageService packages,
                             VersionService versions, Path dataDirectory, String accountId) {
}
