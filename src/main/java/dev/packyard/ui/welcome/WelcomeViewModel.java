package dev.packyard.ui.welcome;

import dev.packyard.model.DomainId;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.common.ScreenContext;
import dev.packyard.ui.domains.DomainFlows;
import dev.packyard.ui.domains.TopologyFlows;

/** The first-run screen, shown while there are no domains. */
public final class WelcomeViewModel {
    static final String DEMO_NOT_AVAILABLE = "Coming with the demo registry: this build does not include it yet.";

    /** The domain the demo adds to an empty catalogue (the welcome screen is only shown on an empty one). */
    static final String DEMO_DOMAIN = "demo";

    private final ScreenContext context;

    public WelcomeViewModel(ScreenContext context) {
        this.context = context;
    }

    public void createDomain() {
        new DomainFlows(context).create(details -> context.navigator().show(NavTarget.Domains.of(details.domain().id())));
    }

    /** Starts from a topology file someone exported: its domain and repositories, after confirmation. */
    public void importTopology() {
        new TopologyFlows(context).chooseAndImport();
    }

    public boolean demoAvailable() {
        return context.console().startDemo().isPresent();
    }

    /** Why the demo button is disabled, or empty when it is not. */
    public String demoTooltip() {
        return demoAvailable() ? "Starts a built-in public-registry stand-in with sample packages" : DEMO_NOT_AVAILABLE;
    }

    /**
     * Starts the demo off the UI thread (it starts an HTTP server and seeds a domain), then shows the demo domain.
     */
    public void startDemo() {
        context.console().startDemo().ifPresent(start -> context.call("Could not start the offline demo", () -> {
            start.run();
            return true;
        }, started -> {
            context.navigator().catalogChanged();
            context.navigator().show(NavTarget.Domains.of(new DomainId(context.console().accountId(), DEMO_DOMAIN)));
        }));
    }
}
