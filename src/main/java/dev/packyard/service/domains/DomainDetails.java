package dev.packyard.service.domains;

import dev.packyard.model.Domain;

/** A domain with the figures describe-domain reports. */
public record DomainDetails(Domain domain, String arn, int repositoryCount, long assetSizeBytes) {
}
