package dev.packyard.service.account;

/** Service quotas, with CodeArtifact's defaults. */
public record Quotas(int domainsPerAccount, int repositoriesPerDomain, int directUpstreams, int repositoriesSearched,
                     int assetsPerVersion, int versionsPerBatch) {
    public static final Quotas CODEARTIFACT = new Quotas(10, 1000, 10, 25, 150, 100);
}
