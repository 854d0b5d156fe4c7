package dev.packyard.ui.repositories;

import dev.packyard.model.DomainId;
import dev.packyard.service.packages.PackageQuery;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import dev.packyard.ui.common.ScreenContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Creating and deleting a repository, from any screen or shortcut. */
public final class RepositoryFlows {
    private final ScreenContext context;

    public RepositoryFlows(ScreenContext context) {
        this.context = context;
    }

    public void create(DomainId domain, Consumer<Repository> created) {
        CreateRepositoryForm form = new CreateRepositoryForm(domain.name());
        context.submit(form, () -> "Could not create repository " + form.name(), () -> context.console().repositories()
                .create(domain.owner(), domain.name(), form.name(), form.repositoryDescription(), List.of()), repository -> {
                    context.navigator().catalogChanged();
                    created.accept(repository);
                });
    }

    /** Asks first; a repository that holds packages is deleted only once its name is typed. */
    public void delete(RepositoryId repository, Runnable deleted) {
        DomainId domain = repository.domain();
        context.call("Could not look into repository " + repository.name(), () -> !context.console().packages()
                .list(PackageQuery.in(domain.owner(), domain.name(), repository.name()), 1, null).items().isEmpty(),
                holdsPackages -> confirmDelete(repository, holdsPackages, deleted));
    }

    private void confirmDelete(RepositoryId repository, boolean holdsPackages, Runnable deleted) {
        if (!context.dialogs().confirmDestructive("Delete repository " + repository.name() + "?", "Repository "
                + repository.name() + (holdsPackages ? " and every package version kept in it" : " (it holds no packages)")
                + " will be deleted. This cannot be undone. Repositories that list it as an upstream keep its name and skip "
                + "it until their upstream list is changed.", "Delete repository",
                holdsPackages ? Optional.of(repository.name()) : Optional.empty())) {
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
