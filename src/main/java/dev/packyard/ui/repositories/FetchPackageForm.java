package dev.packyard.ui.repositories;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.service.error.ValidationException;
import dev.packyard.ui.common.FormField;
import dev.packyard.ui.common.FormViewModel;
import java.util.List;
import java.util.function.UnaryOperator;

/** "Fetch a package…": format, name (Maven: group:artifact) and an optional version. */
public final class FetchPackageForm extends FormViewModel {
    public static final String FORMAT = "fetch-format";
    public static final String NAME = "fetch-name";
    public static final String VERSION = "fetch-version";

    public FetchPackageForm(String repository) {
        super("Fetch a package", "Downloads one file of a version through " + repository + " the way a package manager "
                        + "would: the version is kept and becomes visible after the persistence latency. Watch its progress "
                        + "in the task panel, then its persistence.", "Fetch",
                List.of(FormField.choice(FORMAT, "Format", List.of("npm", "pypi", "maven"), f -> f),
                        FormField.text(NAME, "Package", "tree-top, @demo/greeter, fetchy, dev.packyard.demo:alpha", true,
                                FetchPackageForm::checkName),
                        FormField.text(VERSION, "Version", "empty for the newest", false, UnaryOperator.identity())));
        field(FORMAT).orElseThrow().valueProperty().set("npm");
    }

    static String checkName(String name) {
        if (name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new ValidationException("Invalid package name '" + name + "': no spaces; Maven packages are group:artifact");
        }
        return name;
    }

    public PackageCoordinate coordinate() {
        PackageFormat format = PackageFormat.fromWireName(value(FORMAT)).orElseThrow();
        String name = value(NAME).trim();
        if (format == PackageFormat.MAVEN) {
            int colon = name.indexOf(':');
            if (colon <= 0 || colon == name.length() - 1) {
                throw new ValidationException("A Maven package is named group:artifact, for example com.example:demo-core");
            }
            return PackageCoordinate.of(format, name.substring(0, colon), name.substring(colon + 1));
        }
        if (format == PackageFormat.NPM && name.startsWith("@") && name.contains("/")) {
            return PackageCoordinate.of(format, name.substring(1, name.indexOf('/')), name.substring(name.indexOf('/') + 1));
        }
        return PackageCoordinate.of(format, null, name);
    }

    public String version() {
        return value(VERSION).trim();
    }
}
