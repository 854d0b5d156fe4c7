package dev.packyard.service.groups;

import dev.packyard.model.Domain;
import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.Page;
import dev.packyard.model.groups.InvalidPatternException;
import dev.packyard.model.groups.OriginRestrictionType;
import dev.packyard.model.groups.PackageGroup;
import dev.packyard.model.groups.PackageGroupPattern;
import dev.packyard.model.groups.RestrictionMode;
import dev.packyard.service.CatalogLock;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ServiceQuotaExceededException;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.paging.PageTokens;
import dev.packyard.service.persistence.PackageGroupStore;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.resources.ResourceRef;
import dev.packyard.service.tags.Tag;
import dev.packyard.service.tags.TagService;
import dev.packyard.service.validation.Fields;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * CodeArtifact's package group operations: every domain has the root group {@code /*} (changeable, never deletable);
 * other groups are created by pattern, form a tree by pattern coverage, and set origin restrictions their
 * descendants inherit.
 */
public final class PackageGroupService {
    /** Groups one domain may hold besides the root; a setting, as CodeArtifact's quotas are adjustable. */
    public static final int DEFAULT_GROUPS_PER_DOMAIN = 1000;
    private static final int DEFAULT_PAGE = 100;
    private static final Pattern NO_CONTROL_CHARS = Pattern.compile("\\P{C}*");

    private final PackageGroupStore store;
    private final DomainService domains;
    private final RepositoryService repositories;
    private final TagService tags;
    private final Clock clock;
    private final CatalogLock lock;
    private final int groupsPerDomain;

    public PackageGroupService(PackageGroupStore store, DomainService domains, RepositoryService repositories,
                               TagService tags, Clock clock, CatalogLock lock, int groupsPerDomain) {
        this.store = store;
        this.domains = domains;
        this.repositories = repositories;
        this.tags = tags;
        this.clock = clock;
        this.lock = lock;
        this.groupsPerDomain = groupsPerDomain;
    }

    /** The domain's groups as they are now, the root included (with its defaults until it is changed). */
    public GroupTree tree(Domain domain) {
        List<PackageGroup> groups = new ArrayList<>(store.listInDomain(domain.id()));
        if (groups.stream().noneMatch(g -> g.pattern().isRoot())) {
            groups.add(PackageGroup.created(domain.id(), PackageGroupPattern.ROOT, domain.createdTime(), null, null));
        }
        return new GroupTree(groups);
    }

    public GroupTree tree(DomainId domain) {
        return tree(domains.require(domain.owner(), domain.name()));
    }

    public PackageGroupView create(String owner, String domainName, String pattern, String contactInfo,
                                   String description, List<Tag> newTags) {
        PackageGroupPattern parsed = pattern(pattern);
        String contact = text("contactInfo", contactInfo);
        String desc = text("description", description);
        List<Tag> checkedTags = TagService.validate(newTags);
        PackageGroupView created = lock.write(() -> {
            Domain domain = domains.require(owner, domainName);
            GroupTree tree = tree(domain);
            if (tree.find(parsed).isPresent()) {
                throw new ConflictException("Package group " + parsed + " already exists in domain " + domain.name()
                        + ": change it with update-package-group, or choose another pattern", parsed.written(), null);
            }
            if (tree.groups().size() - 1 >= groupsPerDomain) {
                throw new ServiceQuotaExceededException("Domain " + domain.name() + " already has " + groupsPerDomain
                        + " package groups besides the root, the most allowed: delete one first", parsed.written(), null);
            }
            PackageGroup group = PackageGroup.created(domain.id(), parsed, clock.instant(), desc, contact);
            store.save(group);
            return tree.with(group).view(group);
        });
        tags.tagNew(new ResourceRef.PackageGroupResource(created.group().domain(), parsed.written()), checkedTags);
        return created;
    }

    public PackageGroupView describe(String owner, String domainName, String pattern) {
        PackageGroupPattern parsed = pattern(pattern);
        Domain domain = domains.require(owner, domainName);
        GroupTree tree = tree(domain);
        return tree.view(require(tree, domain, parsed));
    }

    /** Changes contact information and description; a member left out keeps its value. */
    public PackageGroupView update(String owner, String domainName, String pattern, String contactInfo,
                                   String description) {
        PackageGroupPattern parsed = pattern(pattern);
        String contact = text("contactInfo", contactInfo);
        String desc = text("description", description);
        return lock.write(() -> {
            Domain domain = domains.require(owner, domainName);
            GroupTree tree = tree(domain);
            PackageGroup before = require(tree, domain, parsed);
            PackageGroup after = before.withDetails(desc == null ? before.description() : desc,
                    contact == null ? before.contactInfo() : contact);
            store.save(after);
            return tree.with(after).view(after);
        });
    }

    /**
     * Deletes a group; its packages and versions stay, and its children become children of its parent (so what they
     * inherited may change). The root group cannot be deleted.
     */
    public PackageGroupView delete(String owner, String domainName, String pattern) {
        PackageGroupPattern parsed = pattern(pattern);
        if (parsed.isRoot()) {
            throw new ValidationException("The root package group /* cannot be deleted: every domain keeps it; change "
                    + "its origin configuration instead");
        }
        return lock.write(() -> {
            Domain domain = domains.require(owner, domainName);
            GroupTree tree = tree(domain);
            PackageGroup group = require(tree, domain, parsed);
            PackageGroupView before = tree.view(group);
            store.delete(group);
            ResourceRef resource = new ResourceRef.PackageGroupResource(domain.id(), parsed.written());
            tags.removeAll(resource);
            return before;
        });
    }

    /** The domain's groups in pattern order; {@code prefix} keeps those whose written pattern starts with it. */
    public Page<PackageGroupView> list(String owner, String domainName, String prefix, Integer maxResults,
                                       String nextToken) {
        if (prefix != null && (prefix.length() < 2 || prefix.length() > 520)) {
            throw new ValidationException("Invalid prefix '" + prefix + "': a package group pattern prefix is 2-520 "
                    + "characters, such as /npm/");
        }
        int max = Fields.maxResults(maxResults, DEFAULT_PAGE);
        Domain domain = domains.require(owner, domainName);
        GroupTree tree = tree(domain);
        List<PackageGroup> matching = tree.groups().stream()
                .filter(g -> prefix == null || g.pattern().written().startsWith(prefix))
                .sorted(Comparator.comparing(g -> g.pattern().written())).toList();
        return page(matching, g -> g.pattern().written(), max, nextToken,
                PageTokens.scope("package-groups", domain.id(), prefix)).map(tree::view);
    }

    public Page<PackageGroupView> listSubGroups(String owner, String domainName, String pattern, Integer maxResults,
                                                String nextToken) {
        PackageGroupPattern parsed = pattern(pattern);
        int max = Fields.maxResults(maxResults, DEFAULT_PAGE);
        Domain domain = domains.require(owner, domainName);
        GroupTree tree = tree(domain);
        PackageGroup group = require(tree, domain, parsed);
        List<PackageGroup> children = tree.children(group).stream()
                .sorted(Comparator.comparing(g -> g.pattern().written())).toList();
        return page(children, g -> g.pattern().written(), max, nextToken,
                PageTokens.scope("sub-groups", domain.id(), parsed.written())).map(tree::view);
    }

    /**
     * Sets restriction modes (types left out keep theirs) and adds or removes allowed repositories. The root group
     * cannot inherit; a repository added must exist in the domain.
     */
    public OriginUpdate updateOriginConfiguration(String owner, String domainName, String pattern,
                                                  Map<String, String> restrictions,
                                                  List<AllowedRepositoryChange> add,
                                                  List<AllowedRepositoryChange> remove) {
        PackageGroupPattern parsed = pattern(pattern);
        Map<OriginRestrictionType, RestrictionMode> requested = modes(restrictions);
        if (parsed.isRoot() && requested.containsValue(RestrictionMode.INHERIT)) {
            throw new ValidationException("The root package group /* has no parent to inherit from: set its "
                    + "restrictions to ALLOW, BLOCK or ALLOW_SPECIFIC_REPOSITORIES");
        }
        List<Map.Entry<OriginRestrictionType, String>> additions = changes("addAllowedRepositories", add);
        List<Map.Entry<OriginRestrictionType, String>> removals = changes("removeAllowedRepositories", remove);
        return lock.write(() -> {
            Domain domain = domains.require(owner, domainName);
            GroupTree tree = tree(domain);
            PackageGroup before = require(tree, domain, parsed);
            for (Map.Entry<OriginRestrictionType, String> a : additions) {
                repositories.require(domain.owner(), domain.name(), a.getValue());
            }
            Map<OriginRestrictionType, RestrictionMode> modes = new EnumMap<>(before.modes());
            modes.putAll(requested);
            Map<OriginRestrictionType, SortedSet<String>> allowed = new EnumMap<>(OriginRestrictionType.class);
            Map<OriginRestrictionType, OriginUpdate.Changes> updates = new EnumMap<>(OriginRestrictionType.class);
            for (OriginRestrictionType type : OriginRestrictionType.values()) {
                allowed.put(type, new TreeSet<>(before.allowed(type)));
            }
            for (Map.Entry<OriginRestrictionType, String> a : additions) {
                if (allowed.get(a.getKey()).add(a.getValue())) {
                    updates.computeIfAbsent(a.getKey(), t -> new OriginUpdate.Changes(new TreeSet<>(), new TreeSet<>()))
                            .added().add(a.getValue());
                }
            }
            for (Map.Entry<OriginRestrictionType, String> r : removals) {
                if (allowed.get(r.getKey()).remove(r.getValue())) {
                    updates.computeIfAbsent(r.getKey(), t -> new OriginUpdate.Changes(new TreeSet<>(), new TreeSet<>()))
                            .removed().add(r.getValue());
                }
            }
            PackageGroup after = before.withOrigin(modes, allowed);
            store.save(after);
            return new OriginUpdate(tree.with(after).view(after), updates);
        });
    }

    public Page<String> listAllowedRepositories(String owner, String domainName, String pattern, String type,
                                                Integer maxResults, String nextToken) {
        PackageGroupPattern parsed = pattern(pattern);
        OriginRestrictionType restrictionType = restrictionType("originRestrictionType", type);
        int max = Fields.maxResults(maxResults, DEFAULT_PAGE);
        Domain domain = domains.require(owner, domainName);
        GroupTree tree = tree(domain);
        PackageGroup group = require(tree, domain, parsed);
        return page(List.copyOf(group.allowed(restrictionType)), Function.identity(), max, nextToken,
                PageTokens.scope("allowed-repositories", domain.id(), parsed.written(), restrictionType));
    }

    /** The group governing a package, whether or not any repository holds the package yet. */
    public GroupAssociation associatedGroup(String owner, String domainName, String format, String namespace,
                                            String packageName) {
        PackageFormat f = Fields.format(format);
        String ns = Fields.namespace(namespace);
        Fields.namespaceFitsFormat(f, ns);
        PackageCoordinate coordinate = PackageCoordinate.of(f, ns, Fields.packageName(packageName));
        Domain domain = domains.require(owner, domainName);
        GroupTree tree = tree(domain);
        PackageGroup group = tree.governing(coordinate);
        return new GroupAssociation(tree.view(group), group.pattern().associationOf());
    }

    /**
     * The domain's packages the group governs. With {@code preview}, the group need not exist: the answer is what the
     * pattern would catch if it were created now.
     */
    public Page<AssociatedPackage> listAssociatedPackages(String owner, String domainName, String pattern,
                                                          Integer maxResults, String nextToken, boolean preview) {
        PackageGroupPattern parsed = pattern(pattern);
        int max = Fields.maxResults(maxResults, DEFAULT_PAGE);
        Domain domain = domains.require(owner, domainName);
        GroupTree tree = tree(domain);
        Optional<PackageGroup> existing = tree.find(parsed);
        if (existing.isEmpty() && !preview) {
            throw notFound(domain, parsed);
        }
        GroupTree effective = existing.isPresent() ? tree
                : tree.with(PackageGroup.created(domain.id(), parsed, clock.instant(), null, null));
        List<AssociatedPackage> caught = associated(effective, parsed, store.packagesInDomain(domain.id()));
        return page(caught, p -> key(p.coordinate()), max, nextToken,
                PageTokens.scope("associated-packages", domain.id(), parsed.written(), preview));
    }

    /** The packages among {@code packages} whose governing group in the tree has the pattern. */
    public static List<AssociatedPackage> associated(GroupTree tree, PackageGroupPattern pattern,
                                                     List<PackageCoordinate> packages) {
        List<AssociatedPackage> caught = new ArrayList<>();
        for (PackageCoordinate c : packages) {
            if (pattern.matches(c) && tree.governing(c).pattern().equals(pattern)) {
                caught.add(new AssociatedPackage(c, pattern.associationOf()));
            }
        }
        caught.sort(Comparator.comparing(p -> key(p.coordinate())));
        return caught;
    }

    /** A preview for the console while a pattern is typed: the packages it would govern, at most {@code limit}. */
    public List<AssociatedPackage> preview(DomainId domainId, String pattern, int limit) {
        PackageGroupPattern parsed = pattern(pattern);
        Domain domain = domains.require(domainId.owner(), domainId.name());
        GroupTree tree = tree(domain);
        GroupTree effective = tree.find(parsed).isPresent() ? tree
                : tree.with(PackageGroup.created(domain.id(), parsed, clock.instant(), null, null));
        List<AssociatedPackage> all = associated(effective, parsed, store.packagesInDomain(domain.id()));
        return all.subList(0, Math.min(limit, all.size()));
    }

    private static String key(PackageCoordinate c) {
        return c.format().wireName() + "\u0001" + (c.namespace() == null ? "" : c.namespace()) + "\u0001" + c.name();
    }

    private static PackageGroup require(GroupTree tree, Domain domain, PackageGroupPattern pattern) {
        return tree.find(pattern).orElseThrow(() -> notFound(domain, pattern));
    }

    private static ResourceNotFoundException notFound(Domain domain, PackageGroupPattern pattern) {
        return new ResourceNotFoundException("Package group " + pattern + " does not exist in domain " + domain.name()
                + ": list the groups with list-package-groups, or create it with create-package-group",
                pattern.written(), null);
    }

    public static PackageGroupPattern pattern(String written) {
        if (written == null || written.isEmpty()) {
            throw new ValidationException("Missing required parameter 'packageGroup': give a pattern such as /npm/space/*");
        }
        try {
            return PackageGroupPattern.parse(written);
        } catch (InvalidPatternException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    private static String text(String member, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > 1000 || !NO_CONTROL_CHARS.matcher(value).matches()) {
            throw new ValidationException("Invalid " + member + ": use at most 1000 characters and no control characters "
                    + "(it has " + value.length() + ")");
        }
        return value;
    }

    private static OriginRestrictionType restrictionType(String member, String value) {
        String v = Fields.required(member, value);
        return OriginRestrictionType.parse(v).orElseThrow(() -> new ValidationException("Invalid " + member + " '" + v
                + "': use PUBLISH, EXTERNAL_UPSTREAM or INTERNAL_UPSTREAM"));
    }

    private static Map<OriginRestrictionType, RestrictionMode> modes(Map<String, String> restrictions) {
        Map<OriginRestrictionType, RestrictionMode> modes = new EnumMap<>(OriginRestrictionType.class);
        if (restrictions == null) {
            return modes;
        }
        for (Map.Entry<String, String> e : restrictions.entrySet()) {
            OriginRestrictionType type = OriginRestrictionType.parse(e.getKey()).orElseThrow(() -> new ValidationException(
                    "Invalid key '" + e.getKey() + "' in restrictions: use PUBLISH, EXTERNAL_UPSTREAM or INTERNAL_UPSTREAM"));
            RestrictionMode mode = RestrictionMode.parse(e.getValue()).orElseThrow(() -> new ValidationException(
                    "Invalid restriction " + e.getKey() + "=" + e.getValue() + ": use ALLOW, BLOCK, "
                            + "ALLOW_SPECIFIC_REPOSITORIES or INHERIT"));
            modes.put(type, mode);
        }
        return modes;
    }

    private static List<Map.Entry<OriginRestrictionType, String>> changes(String member,
                                                                          List<AllowedRepositoryChange> given) {
        List<Map.Entry<OriginRestrictionType, String>> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        for (AllowedRepositoryChange c : given) {
            OriginRestrictionType type = restrictionType(member + ".originRestrictionType", c.originRestrictionType());
            String name = Fields.repositoryName(member + ".repositoryName", c.repositoryName());
            out.add(Map.entry(type, name));
        }
        return out;
    }

    private static <T> Page<T> page(List<T> sorted, Function<T, String> key, int max, String nextToken, String scope) {
        List<String> after = PageTokens.decode(scope, nextToken, 1);
        int start = 0;
        if (after != null) {
            String last = after.get(0);
            while (start < sorted.size() && key.apply(sorted.get(start)).compareTo(last) <= 0) {
                start++;
            }
        }
        int end = Math.min(sorted.size(), start + max);
        List<T> items = sorted.subList(start, end);
        Optional<String> next = end < sorted.size()
                ? Optional.of(PageTokens.encode(scope, key.apply(items.get(items.size() - 1)))) : Optional.empty();
        return new Page<>(items, next);
    }
}
