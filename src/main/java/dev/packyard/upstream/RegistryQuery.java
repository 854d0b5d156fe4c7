package dev.packyard.upstream;

import java.util.Optional;

/** A question put to a public registry's own client beyond listings and files (Maven's group-level metadata). */
@FunctionalInterface
public interface RegistryQuery<T> {
    /** Empty when this client has no answer (another format, or nothing published). */
    Optional<T> ask(RegistryClient client) throws UpstreamException;
}
