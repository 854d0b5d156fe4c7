package dev.packyard.model.groups;

/**
 * How a package is tied to the group that governs it: STRONG when the group's pattern names the package exactly
 * ({@code ...$}), WEAK when it catches the package through a prefix or a wildcard, so a more specific group created
 * later would take it over.
 */
public enum AssociationType {
    STRONG,
    WEAK
}
