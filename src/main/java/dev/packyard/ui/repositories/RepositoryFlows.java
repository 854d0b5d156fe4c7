package dev.packyard.ui.repositories;

import dev.packyard.model.DomainId;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import dev.packyard.ui.common.ScreenContext;
import java.util.List;
import java.util.function.Consumer;

/** Creating and deleting a repository, from any screen or shortcut. */
public final class RepositoryFlows {
    private final ScreenContext context;

    public RepositoryFlows(ScreenContext context) {
        this.context = context;
    }

    public void create(DomainId domain, Consumer<Repository> created) {
        CreateRepositoryForm form = new CreateRepositoryForm(domain.name());
        if (!context.dialogs().showForm(form)) {
            return;
        }
        String name = form.name();
        String description = form.repositoryDescription();
        context.call("Could not create repository " + name, () -> context.console().repositories()
                .create(domain.owner(), domain.name(), name, description, List.of()), repository -> {
                    context.navigator().catalogChanged();
                    created.accept(repository);
                });
    }

    public void delete(RepositoryId repository, Runnable deleted) {
        if (!context.dialogs().confirm("Delete repository " + repository.name() + "?", "Repository " + repository.name()
                + " and every package version kept in it will be deleted. Repositories that list it as an upstream keep "
                + "its name and skip it until their upstream list is changed.", "Delete repository")) {
            return;
        }
        DomainId domain = repository.domain();
        context.call("Could not delete repository " + repository.name(), () -> context.console().repositories()
                .delete(domain.owner(), domain.name(), repository.name()), gone -> {
                    context.navigator().catalogChanged();
                    deleted.run();
                });
    }
}
