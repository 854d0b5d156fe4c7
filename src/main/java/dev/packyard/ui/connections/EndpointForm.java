package dev.packyard.ui.connections;

import dev.packyard.model.ExternalConnection;
import dev.packyard.service.error.ValidationException;
import dev.packyard.ui.common.FormField;
import dev.packyard.ui.common.FormViewModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** "Edit endpoint": the registry URL an external connection fetches from. */
public final class EndpointForm extends FormViewModel {
    public static final String URL = "endpoint-url";

    public EndpointForm(ExternalConnection connection, String current) {
        super("Endpoint of " + connection.connectionName(), "Where Packyard fetches " + connection.format()
                + " packages for " + connection.registryTitle() + ": a registry you trust, such as a company mirror.",
                "Save", List.of(FormField.text(URL, "Registry URL", "http(s)://host/path/", true, EndpointForm::check)));
        field(URL).orElseThrow().valueProperty().set(current);
    }

    public String url() {
        return value(URL).trim();
    }

    static String check(String value) {
        String v = value.trim();
        try {
            URI uri = new URI(v);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new ValidationException("Use an http:// or https:// address with a host name, "
                        + "such as https://mirror.example.com/npm/");
            }
            return v;
        } catch (URISyntaxException e) {
            String at = e.getIndex() >= 0 && e.getIndex() < v.length() ? " '" + v.charAt(e.getIndex()) + "'" : "";
            throw new ValidationException("This is not a web address: the character" + at + " at position " + (e.getIndex() + 1)
                    + " cannot appear there (spaces must be written %20)");
        }
    }
}
