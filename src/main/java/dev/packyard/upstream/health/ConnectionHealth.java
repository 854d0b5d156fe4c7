package dev.packyard.upstream.health;

import dev.packyard.model.Moments;
import dev.packyard.model.health.HealthSnapshot;
import dev.packyard.model.health.HealthState;
import dev.packyard.model.health.HealthTransition;
import dev.packyard.model.ExternalConnection;
import dev.packyard.upstream.FailureKind;
import dev.packyard.upstream.UpstreamUnavailableException;
import java.time.Clock;
import java.util.function.Supplier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The circuit breaker of one external connection, with reasons and a timeline. Connection errors, timeouts, 5xx
 * and truncated bodies count as failures; a 404 is an answer and never does. Enough failures in a row make an
 * OUTAGE: requests then fail fast as "upstream unavailable" until the probe time, when one request (or an idle
 * probe) is let through as a PROBE; if it fails the block doubles, up to a cap. Every decision reads the injected
 * clock, so the schedule can be tested by moving time.
 */
public final class ConnectionHealth {
    private final ExternalConnection connection;
    private final Supplier<HealthPolicy> policy;
    private final Clock clock;
    private final List<HealthListener> listeners = new CopyOnWriteArrayList<>();
    private final Deque<HealthTransition> history = new ArrayDeque<>();
    private final List<HealthTransition> unannounced = new ArrayList<>();

    private HealthState state = HealthState.AVAILABLE;
    private Instant since;
    private String reason = "";
    private Integer httpStatus;
    private int consecutiveFailures;
    private int failedProbes;
    private Instant blockedUntil;
    private Instant lastSuccessAt;
    private Instant lastFailureAt;
    /** 429s in a row without a Retry-After, for the back-off that spaces the calls out. */
    private int throttlesWithoutHint;

    public ConnectionHealth(ExternalConnection connection, HealthPolicy policy, Clock clock) {
        this(connection, () -> policy, clock);
    }

    /** @param policy read at each transition, so a running Packyard can be sped up */
    public ConnectionHealth(ExternalConnection connection, Supplier<HealthPolicy> policy, Clock clock) {
        this.connection = connection;
        this.policy = policy;
        this.clock = clock;
        this.since = clock.instant();
    }

    public ExternalConnection connection() {
        return connection;
    }

    public void addListener(HealthListener listener) {
        listeners.add(listener);
    }

    public void removeListener(HealthListener listener) {
        listeners.remove(listener);
    }

    /**
     * Lets a request through, as a probe when an outage's block has ended, or refuses it with an "upstream
     * unavailable" failure that says why and when Packyard will try again.
     */
    public Admission admit() throws UpstreamUnavailableException {
        try {
            synchronized (this) {
                Instant now = settle();
                switch (state) {
                    case AVAILABLE, DEGRADED, RECOVERED -> {
                        return Admission.REQUEST;
                    }
                    case OUTAGE -> {
                        if (!now.isBefore(blockedUntil)) {
                            move(now, HealthState.PROBING, (failedProbes == 0 ? "first probe of the outage: "
                                    : "probing again after " + failedProbes + (failedProbes == 1 ? " failed probe: " : " failed probes: "))
                                    + reason, httpStatus);
                            return Admission.PROBE;
                        }
                        throw failFast(connection.connectionName() + " is in an outage since "
                                + Moments.relative(since, now, clock.getZone()) + " (" + reason + "); Packyard tries it again at "
                                + Moments.relative(blockedUntil, now, clock.getZone()));
                    }
                    case PROBING -> throw failFast(connection.connectionName() + " is being probed after an outage (" + reason + ")");
                    case THROTTLED -> {
                        if (!now.isBefore(blockedUntil)) {
                            blockedUntil = null;
                            move(now, HealthState.AVAILABLE, "throttle window over: requests go out again", null);
                            return Admission.REQUEST;
                        }
                        throw throttledFailFast(now);
                    }
                    case OFFLINE -> throw failFast(connection.connectionName() + " was set offline (" + reason
                            + "); set it online to fetch from it again");
                    default -> throw new IllegalStateException(state.name());
                }
            }
        } finally {
            announce();
        }
    }

    /** The registry answered (including a 404, or a refusal of credentials): the connection works. */
    public void recordAnswer() {
        try {
            synchronized (this) {
                Instant now = settle();
                lastSuccessAt = now;
                consecutiveFailures = 0;
                switch (state) {
                    case DEGRADED -> move(now, HealthState.AVAILABLE, "requests succeed again", null);
                    case PROBING, OUTAGE -> {
                        String outage = "outage of " + human(Duration.between(outageStart(), now));
                        failedProbes = 0;
                        blockedUntil = null;
                        move(now, HealthState.RECOVERED, "answered again after an " + outage, null);
                    }
                    default -> {
                        // AVAILABLE and RECOVERED stay; OFFLINE stays until the user sets it online.
                    }
                }
            }
        } finally {
            announce();
        }
    }

    /** A request failed. Failures that say nothing about the registry's health (a refused login) count as answers. */
    public void recordFailure(UpstreamUnavailableException failure) {
        if (failure.kind() == FailureKind.FAIL_FAST) {
            return;
        }
        if (failure.kind() == FailureKind.THROTTLED) {
            recordThrottled(failure);
            return;
        }
        if (!failure.kind().indicatesOutage()) {
            recordAnswer();
            return;
        }
        try {
            synchronized (this) {
                Instant now = settle();
                lastFailureAt = now;
                Integer status = failure.httpStatus().isPresent() ? failure.httpStatus().getAsInt() : null;
                String why = failure.getMessage();
                switch (state) {
                    case AVAILABLE, DEGRADED, RECOVERED -> {
                        consecutiveFailures++;
                        if (consecutiveFailures >= policy.get().failuresToTrip()) {
                            failedProbes = 0;
                            blockedUntil = now.plus(policy.get().probeDelay(0));
                            move(now, HealthState.OUTAGE, consecutiveFailures + " failures in a row; last: " + why, status);
                        } else if (state != HealthState.DEGRADED) {
                            move(now, HealthState.DEGRADED, why, status);
                        } else {
                            reason = why;
                            httpStatus = status;
                        }
                    }
                    case PROBING -> {
                        failedProbes++;
                        blockedUntil = now.plus(policy.get().probeDelay(failedProbes));
                        move(now, HealthState.OUTAGE, "probe failed: " + why, status);
                        // Still the same outage: "outage since" keeps the time it began, not the failed probe's.
                        since = outageStart();
                    }
                    default -> {
                        // A late failure of a request let through before the trip, or while offline: nothing changes.
                    }
                }
            }
        } finally {
            announce();
        }
    }

    /**
     * A 429: the registry is up but wants fewer calls. Until the time its Retry-After names (or, without one, a back-off
     * that doubles with each 429 in a row) nothing is asked of it; nothing counts towards an outage. An outage or an
     * offline switch stays what it is: a 429 to a probe still shows the registry answers, so the outage ends in a
     * throttle window.
     */
    private void recordThrottled(UpstreamUnavailableException failure) {
        try {
            synchronized (this) {
                Instant now = settle();
                lastFailureAt = now;
                if (state == HealthState.OFFLINE) {
                    return;
                }
                Instant until;
                String hint;
                Optional<Instant> retryAfter = failure.retryAfter().filter(now::isBefore);
                if (retryAfter.isPresent()) {
                    throttlesWithoutHint = 0;
                    until = retryAfter.get();
                    hint = "Retry-After " + Duration.between(now, until).toSeconds() + " s";
                } else {
                    until = now.plus(policy.get().probeDelay(throttlesWithoutHint++));
                    hint = "no Retry-After; backing off " + human(Duration.between(now, until));
                }
                consecutiveFailures = 0;
                failedProbes = 0;
                if (state == HealthState.THROTTLED && blockedUntil != null && !until.isAfter(blockedUntil)) {
                    return;
                }
                blockedUntil = until;
                move(now, HealthState.THROTTLED, "answered 429 Too Many Requests (" + hint + "); calls resume at " + until,
                        429);
            }
        } finally {
            announce();
        }
    }

    /** A request let through as a probe ended without a verdict (a local error): the probe is due again at once. */
    public void recordInconclusive() {
        try {
            synchronized (this) {
                Instant now = settle();
                if (state == HealthState.PROBING) {
                    blockedUntil = now;
                    move(now, HealthState.OUTAGE, reason, httpStatus);
                }
            }
        } finally {
            announce();
        }
    }

    /** The user's "set offline" switch: nothing is requested until {@link #setOnline()}. */
    public void setOffline(String why) {
        try {
            synchronized (this) {
                Instant now = settle();
                if (state != HealthState.OFFLINE) {
                    blockedUntil = null;
                    move(now, HealthState.OFFLINE, why == null || why.isBlank() ? "set offline by the user" : why, null);
                }
            }
        } finally {
            announce();
        }
    }

    public void setOnline() {
        try {
            synchronized (this) {
                Instant now = settle();
                if (state == HealthState.OFFLINE) {
                    consecutiveFailures = 0;
                    failedProbes = 0;
                    move(now, HealthState.AVAILABLE, "set online by the user", null);
                }
            }
        } finally {
            announce();
        }
    }

    /** The console's "probe now": makes the probe of an outage due immediately. Returns whether there was one to bring forward. */
    public boolean probeNow() {
        try {
            synchronized (this) {
                Instant now = settle();
                if (state == HealthState.OUTAGE) {
                    blockedUntil = now;
                    return true;
                }
                return false;
            }
        } finally {
            announce();
        }
    }

    public boolean isProbeDue() {
        try {
            synchronized (this) {
                Instant now = settle();
                // A throttle window that is over is "due" too, so the console stops counting down without waiting for a request.
                return (state == HealthState.OUTAGE || state == HealthState.THROTTLED) && !now.isBefore(blockedUntil);
            }
        } finally {
            announce();
        }
    }

    public HealthSnapshot snapshot() {
        try {
            synchronized (this) {
                Instant now = settle();
                return new HealthSnapshot(connection, state, since, reason, httpStatus, consecutiveFailures, failedProbes,
                        blockedUntil, lastSuccessAt, lastFailureAt, now);
            }
        } finally {
            announce();
        }
    }

    public HealthState state() {
        return snapshot().state();
    }

    /** The timeline, oldest first, bounded to the policy's history size. */
    public List<HealthTransition> history() {
        try {
            synchronized (this) {
                settle();
                return List.copyOf(history);
            }
        } finally {
            announce();
        }
    }

    /** Applies changes that happen by time alone: RECOVERED becomes AVAILABLE after the hold. Returns now. */
    private Instant settle() {
        Instant now = clock.instant();
        if (state == HealthState.RECOVERED) {
            Instant settled = since.plus(policy.get().recoveredHold());
            if (!now.isBefore(settled)) {
                move(settled, HealthState.AVAILABLE, "no failures for " + human(policy.get().recoveredHold()) + " after recovering", null);
            }
        }
        return now;
    }

    private void move(Instant at, HealthState to, String why, Integer status) {
        HealthTransition transition = new HealthTransition(connection, at, state, to, why, status);
        state = to;
        since = at;
        reason = why;
        httpStatus = status;
        history.addLast(transition);
        while (history.size() > policy.get().historySize()) {
            history.removeFirst();
        }
        unannounced.add(transition);
    }

    /** When the current outage began: the trip, not the latest failed probe. */
    private Instant outageStart() {
        for (var it = history.descendingIterator(); it.hasNext(); ) {
            HealthTransition t = it.next();
            if (t.to() == HealthState.OUTAGE && t.from() != HealthState.PROBING) {
                return t.at();
            }
        }
        return since;
    }

    private void announce() {
        List<HealthTransition> toAnnounce;
        HealthSnapshot now;
        synchronized (this) {
            if (unannounced.isEmpty()) {
                return;
            }
            toAnnounce = List.copyOf(unannounced);
            unannounced.clear();
            now = new HealthSnapshot(connection, state, since, reason, httpStatus, consecutiveFailures, failedProbes,
                    blockedUntil, lastSuccessAt, lastFailureAt, clock.instant());
        }
        for (HealthTransition t : toAnnounce) {
            for (HealthListener listener : listeners) {
                listener.changed(t, now);
            }
        }
    }

    private UpstreamUnavailableException throttledFailFast(Instant now) {
        long seconds = Math.max(1, Duration.between(now, blockedUntil).toSeconds());
        return new UpstreamUnavailableException(FailureKind.THROTTLED, null, connection.connectionName()
                + " is throttling Packyard's requests (429 Too Many Requests) until " + blockedUntil
                + ": upstream throttled, retry after " + seconds + " s", 429, blockedUntil, null);
    }

    private UpstreamUnavailableException failFast(String why) {
        return new UpstreamUnavailableException(FailureKind.FAIL_FAST, null, why, httpStatus, blockedUntil, null);
    }

    private static String human(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7200) {
            return seconds / 60 + " min";
        }
        return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
    }
}
