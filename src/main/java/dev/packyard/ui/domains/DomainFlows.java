package dev.packyard.ui.domains;

import dev.packyard.model.DomainId;
import dev.packyard.service.domains.DomainDetails;
import dev.packyard.ui.common.ScreenContext;
import java.util.Optional;
import java.util.function.Consumer;

/** Creating and deleting a domain, from any screen or shortcut: dialog, service call, error dialog on failure. */
public final class DomainFlows {
    private final ScreenContext context;

    public DomainFlows(ScreenContext context) {
        this.context = context;
    }

    public void create(Consumer<DomainDetails> created) {
        CreateDomainForm form = new CreateDomainForm(context.console().accountId());
        context.submit(form, () -> "Could not create domain " + form.name(), () -> context.console().domains()
                .create(form.name()), details -> {
            context.navigator().catalogChanged();
            created.accept(details);
        });
    }

    /** A domain that still has repositories is not offered for deletion: the user is told what to delete first. */
    public void delete(DomainId domain, Runnable deleted) {
        context.call("Could not look into domain " + domain.name(), () -> context.console().domains()
                .describe(domain.owner(), domain.name()).repositoryCount(), repositories -> {
                    if (repositories > 0) {
                        context.dialogs().showError("Domain " + domain.name() + " still has repositories", "Delete its "
                                + repositories + (repositories == 1 ? " repository" : " repositories")
                                + " first; a domain can only be deleted once it is empty.");
                    } else {
                        confirmDelete(domain, deleted);
                    }
                });
    }

    private void confirmDelete(DomainId domain, Runnable deleted) {
        if (!context.dialogs().confirmDestructive("Delete domain " + domain.name() + "?", "Domain " + domain.name()
                + " and its settings will be deleted. This cannot be undone.", "Delete domain", Optional.empty())) {
            return;
        }
        context.call("Could not delete domain " + domain.name(),
                () -> context.console().domains().delete(domain.owner(), domain.name()), details -> {
                    context.navigator().catalogChanged();
                    deleted.run();
                });
    }
}
