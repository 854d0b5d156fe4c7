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

    /** @param formats the formats that can be fetched (the installed plug-ins'), the first one chosen */
    public FetchPackageForm(String repository, List<PackageFormat> formats) {
        super("Fetch a package", "Downloads one file of a version through " + repository + " the way a package manager "
                        + "would: the version is kept and becomes visible after the persistence latency. Watch its progress "
                        + "in the task panel, then its persistence.", "Fetch",
                List.of(FormField.choice(FORMAT, "Format", formats.stream().map(PackageFormat::wireName).toList(), f -> f),
                        FormField.text(NAME, "Package", "tree-top, @demo/greeter, fetchy, dev.packyard.demo:alpha", true,
                                FetchPackageForm::checkName),
                        FormField.text(VERSION, "Version", "empty for the newest", false, UnaryOperator.identity())));
        field(FORMAT).orElseThrow().valueProperty().set(formats.isEmpty() ? "" : formats.get(0).wireName());
    }

    static String checkName(String name) {
        if (name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new ValidationException("Invalid package name '" + name + "': no spaces; Maven packages are group:artifact");
        }
        return name;
    }

    public PackageCoordinate coordinate() {
        PackageFormat format = PackageFormat.fromWireName(value(FORMAT))
                .orElseThrow(() -> new ValidationException("Choose the package's format"));
        try {
            return PackageCoordinate.written(format, value(NAME));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    public String version() {
        return value(VERSION).trim();
    }
}
