package dev.packyard.upstream.timing;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The timing profile of a running Packyard, which can be sped up while it runs: the offline demo started from the
 * console's welcome screen runs at the demo's 60×, like {@code --demo}. Every delay taken after the change uses the new
 * figures; delays already under way keep theirs.
 */
public final class LiveTiming implements Supplier<TimingProfile> {
    private final TimingProfile base;
    private final AtomicReference<TimingProfile> current;

    /** @param base the profile at 1×, which {@link #runAt} scales */
    public LiveTiming(TimingProfile base, double timeScale) {
        this.base = Objects.requireNonNull(base, "base");
        this.current = new AtomicReference<>(base.scaled(timeScale));
    }

    @Override
    public TimingProfile get() {
        return current.get();
    }

    /** From now on every timing runs {@code timeScale} times faster than the base profile. */
    public void runAt(double timeScale) {
        current.set(base.scaled(timeScale));
    }
}
