package dev.packyard.ui.domains;

import dev.packyard.service.validation.Fields;
import dev.packyard.ui.common.FormField;
import dev.packyard.ui.common.FormViewModel;
import java.util.List;

/** The "Create domain" dialog: one name, checked live by the service's own rule. */
public final class CreateDomainForm extends FormViewModel {
    public static final String NAME = "domain-name";

    public CreateDomainForm(String accountId) {
        super("Create domain", "A domain groups repositories; an asset kept in several of its repositories is stored once. "
                        + "It is owned by account " + accountId + ".", "Create",
                List.of(FormField.text(NAME, "Domain name", "for example my-domain", true, Fields::domainName)));
    }

    public String name() {
        return value(NAME);
    }
}
