package dev.packyard.tasks;

import dev.packyard.model.TaskKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Which handler runs each durable kind and what its payload type is, so the queue never interprets a payload. */
final class DurableHandlers {
    private record Registration<P>(Class<P> type, DurableHandler<P> handler) {
        TaskBody<String> body(Object payload) {
            P typed = type.cast(payload);
            return context -> {
                String outcome = handler.run(typed, context);
                context.outcome(outcome);
                return outcome;
            };
        }
    }

    private final Map<TaskKind, Registration<?>> registrations = new EnumMap<>(TaskKind.class);
    private final PayloadCodec codec = new PayloadCodec();

    synchronized <P> void register(TaskKind kind, Class<P> type, DurableHandler<P> handler) {
        if (!kind.durable()) {
            throw new IllegalArgumentException(kind + " tasks are not durable");
        }
        if (registrations.putIfAbsent(kind, new Registration<>(type, handler)) != null) {
            throw new IllegalStateException("A handler for " + kind + " tasks is already registered");
        }
    }

    /** The body that runs this payload, checking that it has the registered type. */
    synchronized TaskBody<String> body(TaskKind kind, Object payload) {
        Registration<?> r = require(kind);
        if (!r.type().isInstance(payload)) {
            throw new IllegalArgumentException(kind + " tasks take a " + r.type().getSimpleName() + " payload, not a "
                    + payload.getClass().getSimpleName());
        }
        return r.body(payload);
    }

    synchronized Optional<Class<?>> payloadType(TaskKind kind) {
        return Optional.ofNullable(registrations.get(kind)).map(Registration::type);
    }

    String encode(Object payload) {
        return codec.encode(payload);
    }

    synchronized Object decode(TaskKind kind, String json) {
        return codec.decode(json, require(kind).type());
    }

    private Registration<?> require(TaskKind kind) {
        Registration<?> r = registrations.get(kind);
        if (r == null) {
            throw new IllegalStateException("No handler is registered for " + kind + " tasks");
        }
        return r;
    }
}
