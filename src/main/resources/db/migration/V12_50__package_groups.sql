-- IF NOT EXISTS: DomainAssetSizeTest rewinds the migrations after V9 and runs them again.
-- Package groups of a domain (CodeArtifact's CreatePackageGroup and friends). The root group '/*' gets a row only
-- once it is changed; until then the service answers with its defaults. Modes are ALLOW, ALLOW_SPECIFIC_REPOSITORIES,
-- BLOCK or INHERIT per origin restriction type.
CREATE TABLE IF NOT EXISTS package_group (
    domain_owner  VARCHAR(12)   NOT NULL,
    domain_name   VARCHAR(50)   NOT NULL,
    pattern       VARCHAR(520)  NOT NULL,
    created_ms    BIGINT        NOT NULL,
    description   VARCHAR(1000),
    contact_info  VARCHAR(1000),
    publish_mode  VARCHAR(32)   NOT NULL,
    external_mode VARCHAR(32)   NOT NULL,
    internal_mode VARCHAR(32)   NOT NULL,
    PRIMARY KEY (domain_owner, domain_name, pattern),
    CONSTRAINT package_group_domain FOREIGN KEY (domain_owner, domain_name) REFERENCES domain (owner, name)
        ON DELETE CASCADE
);

-- Repositories named by ALLOW_SPECIFIC_REPOSITORIES, kept by name as CodeArtifact reports them.
CREATE TABLE IF NOT EXISTS package_group_allowed_repository (
    domain_owner     VARCHAR(12)  NOT NULL,
    domain_name      VARCHAR(50)  NOT NULL,
    pattern          VARCHAR(520) NOT NULL,
    restriction_type VARCHAR(32)  NOT NULL,
    repository_name  VARCHAR(100) NOT NULL,
    PRIMARY KEY (domain_owner, domain_name, pattern, restriction_type, repository_name),
    CONSTRAINT allowed_repository_group FOREIGN KEY (domain_owner, domain_name, pattern)
        REFERENCES package_group (domain_owner, domain_name, pattern) ON DELETE CASCADE
);
