package dev.packyard.upstream.health;
import dev.packyard.model.health.HealthSnapshot;
import dev.packyard.model.health.HealthTransition;


/** Told of every state change of a connection, after it happened (outside any lock). */
@FunctionalInterface
public interface HealthListener {
    void changed(HealthTransition transition, HealthSnapshot now);
}
