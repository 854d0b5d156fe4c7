package dev.packyard.app;

import dev.packyard.ui.ConsoleContext;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.tasks.TaskFeed;
import java.time.Clock;
import java.util.Optional;

/** Hands the console the services it calls and the live parts of the running Packyard. */
final class ConsoleWiring {
    private final PackyardRuntime runtime;
    private final String bind;

    ConsoleWiring(PackyardRuntime runtime, String bind) {
        this.runtime = runtime;
        this.bind = bind;
    }

    ConsoleContext context() {
        Backend backend = runtime.backend();
        String timing = runtime.fetch().timing().name()
                + (runtime.fetch().timing().timeScale() == 1 ? "" : " at " + formatScale(runtime.fetch().timing().timeScale()) + "× speed");
        return new ConsoleContext(backend.domains(), backend.repositories(), backend.packages(), backend.versions(),
                backend.dataDirectory(), backend.account().accountId(), Clock.systemDefaultZone(), TaskFeed.none(),
                Feed.constant(Optional.of(runtime.url(bind))), Feed.constant(Optional.empty()), timing,
                Optional.of(runtime::startDemo));
    }

    private static String formatScale(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
    }
}
