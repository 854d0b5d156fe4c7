package dev.packyard.ui.domains;

import dev.packyard.model.DomainId;
import dev.packyard.service.domains.DomainDetails;
import dev.packyard.ui.common.ScreenContext;
import java.util.function.Consumer;

/** Creating and deleting a domain, from any screen or shortcut: dialog, service call, error dialog on failure. */
public final class DomainFlows {
    private final ScreenContext context;

    public DomainFlows(ScreenContext context) {
        this.context = context;
    }

    public void create(Consumer<DomainDetails> created) {
        CreateDomainForm form = new CreateDomainForm(context.console().accountId());
        if (!context.dialogs().showForm(form)) {
            return;
        }
        String name = form.name();
        context.call("Could not create domain " + name, () -> context.console().domains().create(name, null), details -> {
            context.navigator().catalogChanged();
            created.accept(details);
        });
    }

    public void delete(DomainId domain, Runnable deleted) {
        if (!context.dialogs().confirm("Delete domain " + domain.name() + "?", "Domain " + domain.name()
                + " will be deleted. A domain can only be deleted once it has no repositories left.", "Delete domain")) {
            return;
        }
        context.call("Could not delete domain " + domain.name(),
                () -> context.console().domains().delete(domain.owner(), domain.name()), details -> {
                    context.navigator().catalogChanged();
                    deleted.run();
                });
    }
}
