package dev.packyard.ui.domains;

import dev.packyard.model.DomainId;
import dev.packyard.model.Repository;
import dev.packyard.service.domains.DomainDetails;
import dev.packyard.service.domains.DomainService;
import dev.packyard.ui.common.DisplayFormat;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.service.paging.Pages;
import dev.packyard.ui.common.Screen;
import dev.packyard.ui.common.ScreenContext;
import dev.packyard.ui.repositories.RepositoryFlows;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The domains screen: every domain, and the details and repositories of the selected one. */
public final class DomainsViewModel implements Screen {
    private final ScreenContext context;
    private final DomainFlows flows;
    private final ObservableList<DomainDetails> domains = FXCollections.observableArrayList();
    private final ObjectProperty<DomainDetails> selected = new SimpleObjectProperty<>();
    private final ObservableList<Repository> repositories = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper owner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper arn = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper repositoryCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper assetSize = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper created = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper deletable = new ReadOnlyBooleanWrapper(false);
    private Optional<DomainId> wanted;

    public DomainsViewModel(ScreenContext context, Optional<DomainId> initiallySelected) {
        this.context = context;
        this.flows = new DomainFlows(context);
        this.wanted = initiallySelected;
        selected.addListener((obs, old, now) -> showDetails(now));
    }

    @Override
    public void refresh() {
        DomainService service = context.console().domains();
        context.call("Could not list domains", () -> Pages.all(token -> service.list(100, token)).stream()
                .map(d -> service.describe(d.owner(), d.name())).toList(), this::showDomains);
    }

    private void showDomains(List<DomainDetails> loaded) {
        Optional<DomainId> keep = selected.get() != null ? Optional.of(selected.get().domain().id()) : wanted;
        domains.setAll(loaded);
        selected.set(keep.flatMap(this::find).orElse(loaded.isEmpty() ? null : loaded.get(0)));
        wanted = Optional.empty();
    }

    private Optional<DomainDetails> find(DomainId id) {
        return domains.stream().filter(d -> d.domain().id().equals(id)).findFirst();
    }

    private void showDetails(DomainDetails details) {
        repositories.clear();
        if (details == null) {
            owner.set("");
            arn.set("");
            repositoryCount.set("");
            assetSize.set("");
            created.set("");
            deletable.set(false);
            return;
        }
        deletable.set(details.repositoryCount() == 0);
        owner.set(details.domain().owner());
        arn.set(details.arn());
        repositoryCount.set(Integer.toString(details.repositoryCount()));
        assetSize.set(DisplayFormat.bytes(details.assetSizeBytes()));
        created.set(DisplayFormat.time(details.domain().createdTime(), context.console().clock().getZone()));
        DomainId id = details.domain().id();
        context.call("Could not list the repositories of " + id.name(), () -> Pages.all(token ->
                context.console().repositories().listInDomain(id.owner(), id.name(), 100, token)), list -> {
                    if (selected.get() != null && selected.get().domain().id().equals(id)) {
                        repositories.setAll(list);
                    }
                });
    }

    public void createDomain() {
        flows.create(details -> {
            wanted = Optional.of(details.domain().id());
            selected.set(null);
            refresh();
        });
    }

    /** Ctrl+N on this screen: a new repository in the selected domain, or a new domain when none is selected. */
    public void newItem() {
        if (selected.get() == null) {
            createDomain();
        } else {
            newRepository();
        }
    }

    public void newRepository() {
        DomainDetails domain = selected.get();
        if (domain != null) {
            new RepositoryFlows(context).create(domain.domain().id(),
                    repository -> context.navigator().show(new NavTarget.Repository(repository.id())));
        }
    }

    /** Delete domain is offered only for an empty domain: CodeArtifact refuses to delete one with repositories. */
    public ReadOnlyBooleanProperty deletableProperty() {
        return deletable.getReadOnlyProperty();
    }

    @Override
    public void deleteSelection() {
        DomainDetails domain = selected.get();
        if (domain != null) {
            flows.delete(domain.domain().id(), () -> {
                selected.set(null);
                refresh();
            });
        }
    }

    /** "Export topology…": writes the selected domain's repositories and their links to a file the user chooses. */
    public void exportTopology() {
        DomainDetails domain = selected.get();
        if (domain != null) {
            new TopologyFlows(context).export(domain.domain().id());
        }
    }

    /** "Import topology…": creates the repositories of a topology file, after showing what will be created. */
    public void importTopology() {
        new TopologyFlows(context).chooseAndImport();
    }

    /** The staleness table of the selected domain's cached upstream listings. */
    public void openMetadataCache() {
        DomainDetails domain = selected.get();
        if (domain != null) {
            context.navigator().show(new NavTarget.MetadataCache(domain.domain().id()));
        }
    }

    public void openRepository(Repository repository) {
        context.navigator().show(new NavTarget.Repository(repository.id()));
    }

    /** "No domains yet", "1 domain in this account", "3 domains in this account". */
    public StringBinding countText() {
        return Bindings.createStringBinding(() -> {
            int n = domains().size();
            return n == 0 ? "No domains yet" : n == 1 ? "1 domain in this account" : n + " domains in this account";
        }, domains());
    }

    public ObservableList<DomainDetails> domains() {
        return domains;
    }

    public ObjectProperty<DomainDetails> selectedProperty() {
        return selected;
    }

    public ObservableList<Repository> repositories() {
        return repositories;
    }

    public ReadOnlyStringProperty ownerProperty() {
        return owner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty arnProperty() {
        return arn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty repositoryCountProperty() {
        return repositoryCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty assetSizeProperty() {
        return assetSize.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty createdProperty() {
        return created.getReadOnlyProperty();
    }
}
