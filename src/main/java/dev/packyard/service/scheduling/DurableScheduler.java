package dev.packyard.service.scheduling;

import dev.packyard.model.TaskKind;
import java.util.List;

/** Port: schedules durable background work. The task queue implements it; services only describe the work. */
public interface DurableScheduler {
    /** Schedules the work; if unfinished work of the same kind and key exists, that one is kept instead. */
    void schedule(DurableWork work);

    /** Payloads of the unfinished durable work of a kind, soonest due first. */
    <P> List<P> pending(TaskKind kind, Class<P> payloadType);
}
