package dev.packyard.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Measures how long the FX thread is kept from its work while something happens: a {@code Platform.runLater} ping is
 * posted every 5 ms and its delay recorded, and an animation timer records the gaps between frames.
 */
final class StallProbe {
    final Stats pings = new Stats();
    final Stats frames = new Stats();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
    private AnimationTimer timer;

    private StallProbe() {
    }

    static StallProbe start() {
        StallProbe probe = new StallProbe();
        probe.timer = Fx.call(() -> {
            AnimationTimer t = new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        probe.frames.addNanos(now - last);
                    }
                    last = now;
                }
            };
            t.start();
            return t;
        });
        probe.pinger.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> probe.pings.addNanos(System.nanoTime() - posted));
        }, 0, 5, TimeUnit.MILLISECONDS);
        return probe;
    }

    void stop() throws InterruptedException {
        pinger.shutdownNow();
        pinger.awaitTermination(1, TimeUnit.SECONDS);
        Fx.call(() -> {
            timer.stop();
            return null;
        });
    }

    /** The longest the FX thread did not answer: the larger of the longest ping delay and the longest frame gap. */
    double longest() {
        return Math.max(pings.count() == 0 ? 0 : pings.max(), frames.count() == 0 ? 0 : frames.max());
    }
}
