package dev.packyard.ui.packages;

import dev.packyard.model.Asset;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.OriginType;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageDependency;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.VersionDetails;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.endpoints.ClientSetup;
import dev.packyard.service.packages.PackageRef;
import dev.packyard.service.paging.Pages;
import dev.packyard.ui.common.DisplayFormat;
import dev.packyard.ui.common.ScreenContext;
import dev.packyard.ui.common.UserMessages;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pane under a package's versions: everything about the one version selected that a Nexus or CodeArtifact console
 * user looks for — status, origin, when it was published, its files with sizes and hashes, its dependencies, licences
 * and readme, and the commands that install it or fetch one of its files. Read in the background; an answer for a
 * version that is no longer selected is dropped.
 */
public final class VersionDetailViewModel {
    /** One file of the version: its name, its size as people read it, its SHA-256 and any other published hashes. */
    public record FileRow(String name, String size, String sha256, String otherHashes) {
    }

    private record Loaded(PackageVersion version, List<Asset> assets, VersionDetails details) {
    }

    private final ScreenContext context;
    private final RepositoryId repositoryId;
    private final PackageCoordinate coordinate;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(NOTHING_SELECTED);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper published = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper revision = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper homePage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sourceRepository = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper licenses = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readme = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper install = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fetchCommand = new ReadOnlyStringWrapper("");
    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    private final ObservableList<String> dependencies = FXCollections.observableArrayList();
    private String wanted;

    static final String NOTHING_SELECTED = "Select one version to see its files, dependencies, readme and how to install it.";

    public VersionDetailViewModel(ScreenContext context, RepositoryId repositoryId, PackageCoordinate coordinate) {
        this.context = context;
        this.repositoryId = repositoryId;
        this.coordinate = coordinate;
    }

    /** Shows {@code version}, or the hint to select one when it is null (none, or several, selected). */
    public void show(String version) {
        wanted = version;
        if (version == null) {
            shown.set(false);
            placeholder.set(NOTHING_SELECTED);
            return;
        }
        if (!shown.get() || !heading.get().endsWith(" " + version)) {
            placeholder.set("Reading " + coordinate.displayName() + " " + version + "…");
            shown.set(false);
        }
        context.runner().run(() -> load(version), loaded -> {
            if (version.equals(wanted)) {
                present(loaded);
            }
        }, failure -> {
            if (version.equals(wanted)) {
                shown.set(false);
                placeholder.set("Could not read " + coordinate.displayName() + " " + version + ": " + UserMessages.of(failure));
            }
        });
    }

    private Loaded load(String version) {
        PackageRef ref = new PackageRef(context.console().repositories().describe(repositoryId.domain().owner(),
                repositoryId.domain().name(), repositoryId.name()), coordinate);
        var details = context.console().versionDetails();
        PackageVersion v = details.isPresent() ? details.get().describe(ref, version) : context.console().versions().describe(ref, version);
        List<Asset> assets = Pages.all(token -> context.console().versions().listAssets(ref, version, 1000, token));
        VersionDetails archive = details.map(d -> d.details(ref, version)).orElse(VersionDetails.NONE);
        return new Loaded(v, assets, archive);
    }

    private void present(Loaded loaded) {
        PackageVersion v = loaded.version();
        ZoneId zone = context.console().clock().getZone();
        VersionMetadata metadata = v.metadata();
        heading.set(coordinate.displayName() + " " + v.version());
        status.set(v.status().name());
        origin.set(OriginBadge.explain(v.origin()));
        published.set(DisplayFormat.time(v.publishedTime(), zone) + (v.origin().type() == OriginType.EXTERNAL
                ? " (when the public registry published it)" : ""));
        revision.set(v.revision());
        summary.set(orEmpty(metadata.summary()));
        homePage.set(orEmpty(metadata.homePage()));
        sourceRepository.set(orEmpty(metadata.sourceCodeRepository()));
        licenses.set(metadata.licenses().stream().map(l -> l.url() == null || l.url().isBlank() ? l.name()
                : l.name() == null ? l.url() : l.name() + " (" + l.url() + ")").collect(Collectors.joining(", ")));
        readme.set(orEmpty(loaded.details().readme()));
        files.setAll(loaded.assets().stream().map(VersionDetailViewModel::row).toList());
        dependencies.setAll(loaded.details().dependencies().stream().map(this::dependency).toList());
        install.set(Optional.ofNullable(context.console().clientSetups().byFormat().get(coordinate.format()))
                .flatMap((ClientSetup setup) -> setup.installCommand(coordinate, v.version())).orElse(""));
        fetchCommand.set(loaded.assets().isEmpty() ? "" : fetchCommand(v.version(), loaded.assets().get(0).name()));
        placeholder.set("");
        shown.set(true);
    }

    private static FileRow row(Asset asset) {
        Map<String, String> others = new TreeMap<>();
        asset.hashes().forEach((algorithm, hex) -> {
            if (algorithm != HashAlgorithm.SHA256) {
                others.put(algorithm.wireName(), hex);
            }
        });
        return new FileRow(asset.name(), DisplayFormat.bytes(asset.size()), asset.sha256(), others.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("\n")));
    }

    private String dependency(PackageDependency d) {
        String name = d.namespace() == null ? d.packageName()
                : PackageCoordinate.of(coordinate.format(), d.namespace(), d.packageName()).displayName();
        return name + (d.versionRequirement() == null || d.versionRequirement().isBlank() ? "" : " " + d.versionRequirement())
                + (d.dependencyType() == null || d.dependencyType().isBlank() ? "" : " (" + d.dependencyType() + ")");
    }

    /** The AWS CLI call that downloads the file through Packyard's control plane, as CodeArtifact's console offers it. */
    private String fetchCommand(String version, String asset) {
        StringBuilder command = new StringBuilder("aws codeartifact get-package-version-asset");
        context.console().serverUrl().current().ifPresent(url -> command.append(" --endpoint-url ").append(url));
        command.append(" --domain ").append(repositoryId.domain().name())
                .append(" --domain-owner ").append(repositoryId.domain().owner())
                .append(" --repository ").append(repositoryId.name())
                .append(" --format ").append(coordinate.format().wireName().toLowerCase(Locale.ROOT));
        if (coordinate.namespace() != null) {
            command.append(" --namespace ").append(coordinate.namespace());
        }
        command.append(" --package ").append(coordinate.name())
                .append(" --package-version ").append(version)
                .append(" --asset ").append(asset)
                .append(' ').append(asset);
        return command.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** True while a version's details are on show; otherwise the placeholder says why not. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty publishedProperty() {
        return published.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty homePageProperty() {
        return homePage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceRepositoryProperty() {
        return sourceRepository.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty licensesProperty() {
        return licenses.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readmeProperty() {
        return readme.getReadOnlyProperty();
    }

    /** The package manager's one-line install of this version; empty for a format without one. */
    public ReadOnlyStringProperty installProperty() {
        return install.getReadOnlyProperty();
    }

    /** The AWS CLI call that fetches the version's first file; empty for a version without files (disposed). */
    public ReadOnlyStringProperty fetchCommandProperty() {
        return fetchCommand.getReadOnlyProperty();
    }

    public ObservableList<FileRow> files() {
        return files;
    }

    /** "name requirement (type)", in the order the version's manifest declares them. */
    public ObservableList<String> dependencies() {
        return dependencies;
    }
}
