package dev.packyard.ui.common;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import java.util.Optional;

/** What the content area shows. */
public sealed interface NavTarget {
    /** The domain list, with one domain selected when present. */
    record Domains(Optional<DomainId> selected) implements NavTarget {
        public static Domains all() {
            return new Domains(Optional.empty());
        }

        public static Domains of(DomainId domain) {
            return new Domains(Optional.of(domain));
        }
    }

    record Repository(RepositoryId repository) implements NavTarget {
    }

    /** The staleness of every package listing a domain's metadata cache holds from the public registries. */
    record MetadataCache(DomainId domain) implements NavTarget {
    }

    record Package(RepositoryId repository, PackageCoordinate coordinate) implements NavTarget {
    }

    /** The packages of every repository of a domain that match a search, starting with {@code text}. */
    record Search(DomainId domain, String text) implements NavTarget {
        public Search {
            text = text == null ? "" : text;
        }

        public static Search of(DomainId domain) {
            return new Search(domain, "");
        }
    }

    record Settings() implements NavTarget {
    }

    /** The ten public registries: endpoints, health, probes. */
    record Connections() implements NavTarget {
    }

    /** Every background task and the finished ones' outcomes. */
    record Tasks() implements NavTarget {
    }

    /** The offline demo's switches. */
    record Demo() implements NavTarget {
    }
}
