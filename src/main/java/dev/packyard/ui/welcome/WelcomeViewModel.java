package dev.packyard.ui.welcome;

import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.common.ScreenContext;
import dev.packyard.ui.domains.DomainFlows;

/** The first-run screen, shown while there are no domains. */
public final class WelcomeViewModel {
    static final String DEMO_NOT_AVAILABLE = "Coming with the demo registry: this build does not include it yet.";

    private final ScreenContext context;

    public WelcomeViewModel(ScreenContext context) {
        this.context = context;
    }

    public void createDomain() {
        new DomainFlows(context).create(details -> context.navigator().show(NavTarget.Domains.of(details.domain().id())));
    }

    public boolean demoAvailable() {
        return context.console().startDemo().isPresent();
    }

    /** Why the demo button is disabled, or empty when it is not. */
    public String demoTooltip() {
        return demoAvailable() ? "Starts a built-in public-registry stand-in with sample packages" : DEMO_NOT_AVAILABLE;
    }

    public void startDemo() {
        context.console().startDemo().ifPresent(Runnable::run);
    }
}
