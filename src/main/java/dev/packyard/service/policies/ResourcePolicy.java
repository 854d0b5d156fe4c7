package dev.packyard.service.policies;

/** A permissions policy document attached to a domain or repository, with its current revision. */
public record ResourcePolicy(String resourceArn, String revision, String document) {
}
