package dev.packyard.service.visibility;

import dev.packyard.model.RepositoryId;
import dev.packyard.model.TaskKind;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.packages.NewVersion;
import dev.packyard.service.packages.PackageService;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.scheduling.DurableScheduler;
import dev.packyard.service.scheduling.DurableWork;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Persistence latency (seed rule 2): a version fetched through an external connection is served at once but
 * becomes visible in the repositories' listings only when a background PERSIST task records it there, after the
 * timing profile's persistence latency. The task is durable, so a restart does not lose the promise.
 */
public final class VisibilityService {
    private final PackageService packages;
    private final RepositoryService repositories;
    private final DurableScheduler scheduler;
    private final Clock clock;
    private final Supplier<Duration> latency;

    public VisibilityService(PackageService packages, RepositoryService repositories, DurableScheduler scheduler,
                             Clock clock, Duration latency) {
        this(packages, repositories, scheduler, clock, checked(latency));
    }

    /** @param latency read at each fetch, so a running Packyard can be sped up (the offline demo's time scale) */
    public VisibilityService(PackageService packages, RepositoryService repositories, DurableScheduler scheduler,
                             Clock clock, Supplier<Duration> latency) {
        this.packages = packages;
        this.repositories = repositories;
        this.scheduler = scheduler;
        this.clock = clock;
        this.latency = latency;
    }

    private static Supplier<Duration> checked(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("persistence latency must not be negative, was " + latency);
        }
        return () -> latency;
    }

    public Duration latency() {
        return latency.get();
    }

    /**
     * Schedules the version to become visible in each of the repositories (all in the version's domain) after the
     * persistence latency. Scheduling the same version for the same repositories again keeps the first schedule.
     */
    public PendingPersistence schedule(NewVersion version, List<RepositoryId> targets) {
        List<RepositoryId> distinct = List.copyOf(new LinkedHashSet<>(targets));
        if (distinct.isEmpty()) {
            throw new ValidationException("Name at least one repository in which " + version.coordinate().displayName()
                    + " " + version.version() + " should become visible");
        }
        for (RepositoryId target : distinct) {
            if (!target.domain().equals(version.repository().domain())) {
                throw new ValidationException("Repository " + target + " is not in domain " + version.repository().domain()
                        + ": a fetched version is retained only within the domain that fetched it");
            }
        }
        Instant visibleAt = clock.instant().plus(latency());
        PendingPersistence pending = new PendingPersistence(version, distinct, visibleAt);
        scheduler.schedule(new DurableWork(TaskKind.PERSIST, pending.taskKey(), pending.title(), pending, visibleAt));
        return pending;
    }

    /** Versions fetched but not yet visible, the soonest first, with the time each is expected to appear. */
    public List<PendingPersistence> pending() {
        return scheduler.pending(TaskKind.PERSIST, PendingPersistence.class);
    }

    /**
     * Records the version in every target repository that does not have it yet; the PERSIST task's handler.
     * Running it twice is harmless, which is what lets a task interrupted by a stop simply run again.
     */
    public String persist(PendingPersistence pending) {
        NewVersion v = pending.version();
        List<String> recorded = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (RepositoryId target : pending.repositories()) {
            try {
                repositories.require(target.domain().owner(), target.domain().name(), target.name());
            } catch (ResourceNotFoundException gone) {
                notes.add(target.name() + " no longer exists");
                continue;
            }
            try {
                packages.recordVersion(new NewVersion(target, v.coordinate(), v.version(), v.status(), v.origin(),
                        v.publishedTime(), v.metadata(), v.assets()));
                recorded.add(target.name());
            } catch (ConflictException alreadyThere) {
                // A later file of a version already recorded (PyPI, Maven): add what it lacks.
                boolean completed = !packages.addMissingAssets(target, v.coordinate(), v.version(), v.assets()).isEmpty();
                notes.add(target.name() + (completed ? " already had the version; its missing files were added" : " already had it"));
            }
        }
        String what = pending.coordinate().displayName() + " " + v.version();
        String outcome = recorded.isEmpty() ? what + " was not added anywhere"
                : what + " is now visible in " + String.join(", ", recorded);
        return notes.isEmpty() ? outcome : outcome + " (" + String.join("; ", notes) + ")";
    }
}
