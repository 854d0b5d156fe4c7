package dev.packyard.ui.repositories;

import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.ui.common.DisplayFormat;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.service.paging.Pages;
import dev.packyard.ui.common.Screen;
import dev.packyard.ui.common.ScreenContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.packyard.ui.common.UserMessages;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The repository screen: details, upstreams and resolution order, external connection, packages, instructions. */
public final class RepositoryViewModel implements Screen {
    private final ScreenContext context;
    private final ReadOnlyStringWrapper lastFetch = new ReadOnlyStringWrapper("");
    private final RepositoryId id;
    private final UpstreamsViewModel upstreams;
    private final ExternalConnectionViewModel connection;
    private final PackageListViewModel packages;
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper arn = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper created = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper instructionStatus = new ReadOnlyStringWrapper("");
    /** One installed format's snippet on the Connect tab, by its id ("npm", "pip", ...), in the formats' order. */
    private final Map<String, ReadOnlyStringWrapper> snippets = new LinkedHashMap<>();
    private final List<SnippetView> snippetViews = new ArrayList<>();
    private final ReadOnlyStringWrapper login = new ReadOnlyStringWrapper("");
    private Optional<String> token = Optional.empty();
    private List<Repository> domainRepositories = List.of();
    private final Feed.Subscription persistences;

    public RepositoryViewModel(ScreenContext context, RepositoryId id) {
        this.context = context;
        this.id = id;
        this.upstreams = new UpstreamsViewModel(context, this::updated);
        this.connection = new ExternalConnectionViewModel(context, this::updated);
        this.packages = new PackageListViewModel(context);
        this.persistences = packages.watch(context.console().tasks());
        for (ConnectionInstructions.Snippet snippet : instructions().snippets()) {
            ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
            snippets.put(snippet.id(), text);
            snippetViews.add(new SnippetView(snippet.id(), snippet.title(), text.getReadOnlyProperty()));
        }
    }

    /** A heading and its text, as the Connect tab shows them. */
    public record SnippetView(String id, String title, ReadOnlyStringProperty text) {
    }

    /** Stops following the task queue; the screen calls it when it is closed. */
    public void close() {
        persistences.cancel();
    }

    @Override
    public void refresh() {
        RepositoryService service = context.console().repositories();
        String owner = id.domain().owner();
        String domain = id.domain().name();
        // The first page of packages is asked for at once, beside the details, rather than after them.
        packages.load(id);
        context.call("Could not open repository " + id.name(), () -> new Loaded(service.describe(owner, domain, id.name()),
                Pages.all(token -> service.listInDomain(owner, domain, 100, token))), loaded -> {
                    domainRepositories = loaded.domainRepositories();
                    show(loaded.repository());
                });
    }

    private record Loaded(Repository repository, List<Repository> domainRepositories) {
    }

    private void updated(Repository repository) {
        List<Repository> replaced = new ArrayList<>(domainRepositories);
        replaced.removeIf(r -> r.name().equals(repository.name()));
        replaced.add(repository);
        domainRepositories = replaced;
        show(repository);
    }

    private void show(Repository repository) {
        description.set(repository.description().isEmpty() ? "(no description)" : repository.description());
        arn.set(context.console().repositories().arn(repository.id()));
        created.set(DisplayFormat.time(repository.createdTime(), context.console().clock().getZone()));
        upstreams.show(repository, domainRepositories);
        connection.show(repository);
        showInstructions();
    }

    private void showInstructions() {
        ConnectionInstructions instructions = instructions();
        instructionStatus.set(instructions.status());
        login.set(instructions.login());
        for (ConnectionInstructions.Snippet snippet : instructions.snippets()) {
            snippets.get(snippet.id()).set(snippet.text());
        }
    }

    private ConnectionInstructions instructions() {
        return new ConnectionInstructions(id, context.console().serverUrl().current(), token, context.console().clientSetups());
    }

    /** "Create token": a domain token, issued off the UI thread, filled into every snippet. */
    public void createToken() {
        context.call("Could not create a token for " + id.domain().name(), () -> context.console().tokens().issue(id.domain()),
                issued -> {
                    token = Optional.of(issued.token());
                    showInstructions();
                });
    }

    public boolean tokenCreated() {
        return token.isPresent();
    }

    @Override
    public void deleteSelection() {
        new RepositoryFlows(context).delete(id, () -> context.navigator().show(NavTarget.Domains.of(id.domain())));
    }

    /** Whether "Fetch a package…" is offered: the console runs the fetch engine. */
    public boolean fetchAvailable() {
        return context.console().fetcher().available();
    }

    /**
     * Asks what to fetch, then fetches it through this repository in the background; the task panel shows the fetch
     * and its persistence, and an unavailable registry is explained in a dialog.
     */
    public void fetchPackage() {
        askAndFetch(new FetchPackageForm(id.name(), List.copyOf(context.console().clientSetups().byFormat().keySet())));
    }

    /** A refused fetch (a name that is not there, an outage) opens the form again with what was typed and why. */
    private void askAndFetch(FetchPackageForm form) {
        if (!context.dialogs().showForm(form)) {
            return;
        }
        String failureTitle = "Could not fetch " + form.value(FetchPackageForm.NAME).trim() + " through " + id.name();
        CompletableFuture<String> fetch;
        try {
            fetch = context.console().fetcher().fetch(id, form.coordinate(), form.version());
        } catch (RuntimeException e) {
            refused(form, failureTitle, e);
            return;
        }
        fetch.whenComplete((fetched, failure) -> context.runner().onUiThread(() -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                refused(form, failureTitle, cause);
            } else {
                lastFetch.set(fetched);
                refresh();
            }
        }));
    }

    private void refused(FetchPackageForm form, String failureTitle, Throwable why) {
        form.showRefusal(failureTitle + ": " + UserMessages.of(why));
        askAndFetch(form);
    }

    public ReadOnlyStringProperty lastFetchProperty() {
        return lastFetch.getReadOnlyProperty();
    }

    public void openDomain() {
        context.navigator().show(NavTarget.Domains.of(id.domain()));
    }

    public RepositoryId id() {
        return id;
    }

    public UpstreamsViewModel upstreams() {
        return upstreams;
    }

    public ExternalConnectionViewModel connection() {
        return connection;
    }

    public PackageListViewModel packages() {
        return packages;
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty arnProperty() {
        return arn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty createdProperty() {
        return created.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty instructionStatusProperty() {
        return instructionStatus.getReadOnlyProperty();
    }

    /** Every installed format's snippet, in the order the Connect tab shows them. */
    public List<SnippetView> snippets() {
        return List.copyOf(snippetViews);
    }

    /** The snippet with this id ("npm", "pip", "maven" for the formats built in). */
    public ReadOnlyStringProperty snippet(String snippetId) {
        ReadOnlyStringWrapper text = snippets.get(snippetId);
        if (text == null) {
            throw new IllegalArgumentException("No installed format shows a snippet called " + snippetId + ": " + snippets.keySet());
        }
        return text.getReadOnlyProperty();
    }

    /** The {@code aws codeartifact login} line of each tool. */
    public ReadOnlyStringProperty loginProperty() {
        return login.getReadOnlyProperty();
    }
}
