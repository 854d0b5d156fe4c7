package dev.packyard.service.groups;

/** One entry of addAllowedRepositories or removeAllowedRepositories, as the client wrote it. */
public record AllowedRepositoryChange(String repositoryName, String originRestrictionType) {
}
