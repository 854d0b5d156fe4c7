package dev.packyard.service.topology;

/** What an import does about repositories of the file that the target domain already has. */
public enum ExistingRepositories {
    /** Each one is a problem and nothing is imported (the default: an import never half-applies silently). */
    REFUSE,
    /** They are left as they are; only the others are created. */
    SKIP
}
