package dev.packyard.service.health;

import java.util.Optional;

/** One thing a node needs before it can serve (its database, its blob store), asked by a load balancer's probe. */
public interface ReadinessCheck {
    /** A short name shown in the health answer, such as "database". */
    String name();

    /** Why it cannot be used right now, in one line without credentials; empty when it can. */
    Optional<String> problem();
}
