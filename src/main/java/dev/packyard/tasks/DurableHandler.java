package dev.packyard.tasks;

/** Runs the payload of a durable task; returns the outcome message shown to the user. */
@FunctionalInterface
public interface DurableHandler<P> {
    String run(P payload, TaskContext context) throws Exception;
}
