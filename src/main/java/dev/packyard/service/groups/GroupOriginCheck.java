package dev.packyard.service.groups;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.model.groups.OriginRestrictionType;
import dev.packyard.model.groups.PackageGroup;
import dev.packyard.model.groups.RestrictionMode;
import dev.packyard.service.error.AccessDeniedException;
import java.util.Optional;

/**
 * Where packages move (publish, ingestion through an external connection, retention from an upstream repository), the
 * restriction of the package's governing group decides whether the version may enter the repository. A refusal names
 * the group, the restriction and the command that would change it.
 */
public final class GroupOriginCheck {
    private final PackageGroupService groups;

    public GroupOriginCheck(PackageGroupService groups) {
        this.groups = groups;
    }

    /** Why the package may not enter the repository this way, or empty when it may. */
    public Optional<String> refusal(Repository repository, PackageCoordinate coordinate, OriginRestrictionType type) {
        GroupTree tree = groups.tree(repository.domain());
        PackageGroup governing = tree.governing(coordinate);
        EffectiveRestriction restriction = tree.effective(governing, type);
        if (restriction.allows(repository.name())) {
            return Optional.empty();
        }
        return Optional.of(message(repository, coordinate, restriction));
    }

    public void require(Repository repository, PackageCoordinate coordinate, OriginRestrictionType type) {
        Optional<String> refusal = refusal(repository, coordinate, type);
        if (refusal.isPresent()) {
            throw new AccessDeniedException(refusal.get());
        }
    }

    private static String message(Repository repository, PackageCoordinate coordinate, EffectiveRestriction r) {
        String governing = r.group().pattern().written();
        String decidedBy = r.decidedBy().pattern().written();
        String where = r.inheritedFrom().isPresent()
                ? " (inherited from package group " + decidedBy + ")" : "";
        String what = switch (r.type()) {
            case PUBLISH -> "Publishing " + coordinate.displayName() + " to repository " + repository.name();
            case EXTERNAL_UPSTREAM -> "Ingesting " + coordinate.displayName() + " from the external connection of "
                    + "repository " + repository.name();
            case INTERNAL_UPSTREAM -> "Retaining " + coordinate.displayName() + " in repository " + repository.name()
                    + " from an upstream repository";
        };
        String setting = r.effectiveMode() == RestrictionMode.BLOCK ? r.type() + "=BLOCK"
                : r.type() + "=ALLOW_SPECIFIC_REPOSITORIES and " + repository.name() + " is not an allowed repository";
        String change = r.effectiveMode() == RestrictionMode.BLOCK
                ? "aws codeartifact update-package-group-origin-configuration --domain " + repository.domain().name()
                + " --package-group '" + decidedBy + "' --restrictions " + r.type() + "=ALLOW"
                : "aws codeartifact update-package-group-origin-configuration --domain " + repository.domain().name()
                + " --package-group '" + decidedBy + "' --add-allowed-repositories originRestrictionType=" + r.type()
                + ",repositoryName=" + repository.name();
        return what + " is refused by package group " + governing + where + ": its origin restriction is " + setting
                + ". To allow it: " + change;
    }
}
