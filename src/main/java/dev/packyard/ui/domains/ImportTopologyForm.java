package dev.packyard.ui.domains;

import dev.packyard.service.validation.Fields;
import dev.packyard.ui.common.FormField;
import dev.packyard.ui.common.FormViewModel;
import java.util.List;

/** "Import topology": the domain to import into, the file's own domain to start with. */
public final class ImportTopologyForm extends FormViewModel {
    public static final String DOMAIN = "topology-domain";

    public ImportTopologyForm(String fileName, String fileDomain) {
        super("Import topology", "Creates the repositories of " + fileName + " in a domain, upstreams first. The domain is "
                        + "created if it does not exist yet. Nothing is created before you confirm what will be.", "Check…",
                List.of(FormField.text(DOMAIN, "Into domain", "for example my-domain", true, Fields::domainName)));
        if (fileDomain != null) {
            field(DOMAIN).orElseThrow().valueProperty().set(fileDomain);
        }
    }

    public String domain() {
        return value(DOMAIN);
    }
}
