package dev.packyard.ui.repositories;

import dev.packyard.service.validation.Fields;
import dev.packyard.ui.common.FormField;
import dev.packyard.ui.common.FormViewModel;
import java.util.List;

/** The "Create repository" dialog, checked live by the service's rules for names and descriptions. */
public final class CreateRepositoryForm extends FormViewModel {
    public static final String NAME = "repository-name";
    public static final String DESCRIPTION = "repository-description";

    public CreateRepositoryForm(String domain) {
        super("Create repository in " + domain, "Package managers publish to and install from a repository. "
                        + "Upstreams and an external connection can be added afterwards.", "Create",
                List.of(FormField.text(NAME, "Repository name", "for example team-npm", true,
                                v -> Fields.repositoryName("repository", v)),
                        FormField.text(DESCRIPTION, "Description", "what the repository is for", false, Fields::description)));
    }

    public String name() {
        return value(NAME);
    }

    /** The repository's description, or null when left empty. */
    public String repositoryDescription() {
        String d = value(DESCRIPTION);
        return d.isEmpty() ? null : d;
    }
}
