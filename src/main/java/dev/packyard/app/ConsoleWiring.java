package dev.packyard.app;

import dev.packyard.ui.ConsoleContext;

/** Hands the console the services it calls. */
final class ConsoleWiring {
    private final Backend backend;

    ConsoleWiring(Backend backend) {
        this.backend = backend;
    }

    ConsoleContext context() {
        return new ConsoleContext(backend.domains(), backend.repositories(), backend.packages(), backend.versions(),
                backend.dataDirectory(), backend.account().accountId());
    }
}
