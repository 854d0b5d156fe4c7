package dev.packyard.tasks;

import dev.packyard.model.TaskKind;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;

/**
 * One first-come-first-served lane per task kind, each with its own limit of running tasks, so long downloads
 * never hold up persistence or health probes. Not thread-safe: the queue guards it with its lock.
 */
final class Lanes {
    private final int limitPerKind;
    private final Map<TaskKind, ArrayDeque<QueuedTask>> waiting = new EnumMap<>(TaskKind.class);
    private final Map<TaskKind, Integer> running = new EnumMap<>(TaskKind.class);

    Lanes(int limitPerKind) {
        this.limitPerKind = limitPerKind;
        for (TaskKind kind : TaskKind.values()) {
            waiting.put(kind, new ArrayDeque<>());
            running.put(kind, 0);
        }
    }

    void add(QueuedTask e) {
        waiting.get(e.kind).addLast(e);
    }

    void remove(QueuedTask e) {
        waiting.get(e.kind).remove(e);
    }

    /** Takes the next waiting task whose lane has a free slot and counts it as running; null if none can start. */
    QueuedTask startNext() {
        for (TaskKind kind : TaskKind.values()) {
            ArrayDeque<QueuedTask> lane = waiting.get(kind);
            if (!lane.isEmpty() && running.get(kind) < limitPerKind) {
                running.merge(kind, 1, Integer::sum);
                return lane.pollFirst();
            }
        }
        return null;
    }

    void ended(TaskKind kind) {
        running.merge(kind, -1, (a, b) -> Math.max(0, a + b));
    }

    /** After a stop: nothing waits and nothing counts as running any more. */
    void clear() {
        for (TaskKind kind : TaskKind.values()) {
            waiting.get(kind).clear();
            running.put(kind, 0);
        }
    }

    boolean idle() {
        return waiting.values().stream().allMatch(ArrayDeque::isEmpty) && running.values().stream().allMatch(n -> n == 0);
    }
}
