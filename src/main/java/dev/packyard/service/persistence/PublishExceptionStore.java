package dev.packyard.service.persistence;

import dev.packyard.model.DomainId;
import dev.packyard.service.packages.PublishException;
import java.util.List;

/** Persistence of the publishes let through while a public registry could not be asked. */
public interface PublishExceptionStore {
    void insert(PublishException exception);

    /** The domain's records, newest first. */
    List<PublishException> list(DomainId domain, int limit);
}
