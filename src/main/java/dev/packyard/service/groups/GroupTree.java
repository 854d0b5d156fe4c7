package dev.packyard.service.groups;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.groups.OriginRestrictionType;
import dev.packyard.model.groups.PackageGroup;
import dev.packyard.model.groups.PackageGroupPattern;
import dev.packyard.model.groups.RestrictionMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of one domain's package groups, root included. A package belongs to the most specific group whose
 * pattern catches it; a group's parent is the most specific other group whose pattern covers its whole pattern.
 */
public final class GroupTree {
    private static final Comparator<PackageGroup> BY_SPECIFICITY =
            Comparator.comparing(PackageGroup::pattern, PackageGroupPattern.SPECIFICITY);

    private final List<PackageGroup> groups;

    GroupTree(List<PackageGroup> groups) {
        this.groups = List.copyOf(groups);
    }

    public List<PackageGroup> groups() {
        return groups;
    }

    public Optional<PackageGroup> find(PackageGroupPattern pattern) {
        return groups.stream().filter(g -> g.pattern().equals(pattern)).findFirst();
    }

    /** The group that governs the package: the most specific one that catches it (the root at least). */
    public PackageGroup governing(PackageCoordinate coordinate) {
        return groups.stream().filter(g -> g.pattern().matches(coordinate)).max(BY_SPECIFICITY).orElseThrow();
    }

    public Optional<PackageGroup> parent(PackageGroup group) {
        return groups.stream()
                .filter(g -> !g.pattern().equals(group.pattern()) && g.pattern().covers(group.pattern()))
                .max(BY_SPECIFICITY);
    }

    public List<PackageGroup> children(PackageGroup group) {
        List<PackageGroup> children = new ArrayList<>();
        for (PackageGroup g : groups) {
            if (!g.pattern().equals(group.pattern())
                    && parent(g).map(p -> p.pattern().equals(group.pattern())).orElse(false)) {
                children.add(g);
            }
        }
        return children;
    }

    /** The tree with the group added or replaced (to preview a pattern, or after a change). */
    GroupTree with(PackageGroup group) {
        List<PackageGroup> next = new ArrayList<>(groups.stream().filter(g -> !g.pattern().equals(group.pattern())).toList());
        next.add(group);
        return new GroupTree(next);
    }

    public EffectiveRestriction effective(PackageGroup group, OriginRestrictionType type) {
        PackageGroup decidedBy = group;
        int guard = groups.size() + 1;
        while (decidedBy.mode(type) == RestrictionMode.INHERIT && guard-- > 0) {
            decidedBy = parent(decidedBy).orElseThrow(() -> new IllegalStateException("the root group inherits"));
        }
        return new EffectiveRestriction(type, group, decidedBy.mode(type), decidedBy);
    }

    public PackageGroupView view(PackageGroup group) {
        Map<OriginRestrictionType, EffectiveRestriction> restrictions = new EnumMap<>(OriginRestrictionType.class);
        for (OriginRestrictionType type : OriginRestrictionType.values()) {
            restrictions.put(type, effective(group, type));
        }
        return new PackageGroupView(group, parent(group), restrictions);
    }
}
