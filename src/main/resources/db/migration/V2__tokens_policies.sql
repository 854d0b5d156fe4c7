-- Authorization tokens (only their SHA-256 is kept), permissions policies, and links from tags to the resource
-- they belong to, so tags and policies go away with their domain or repository.

CREATE TABLE auth_token (
    token_sha256 VARCHAR(64) PRIMARY KEY,
    domain_owner VARCHAR(12) NOT NULL,
    domain_name  VARCHAR(50) NOT NULL,
    issued_ms    BIGINT      NOT NULL,
    expires_ms   BIGINT      NOT NULL,
    CONSTRAINT token_domain FOREIGN KEY (domain_owner, domain_name) REFERENCES domain (owner, name) ON DELETE CASCADE
);
CREATE INDEX token_by_expiry ON auth_token (expires_ms);

CREATE TABLE resource_policy (
    resource_arn  VARCHAR(1011) PRIMARY KEY,
    domain_owner  VARCHAR(12)   NOT NULL,
    domain_name   VARCHAR(50)   NOT NULL,
    repository_id BIGINT,
    revision      VARCHAR(100)  NOT NULL,
    document      VARCHAR(7168) NOT NULL,
    CONSTRAINT policy_domain FOREIGN KEY (domain_owner, domain_name) REFERENCES domain (owner, name) ON DELETE CASCADE,
    CONSTRAINT policy_repository FOREIGN KEY (repository_id) REFERENCES repository (id) ON DELETE CASCADE
);

ALTER TABLE resource_tag ADD COLUMN domain_owner VARCHAR(12);
ALTER TABLE resource_tag ADD COLUMN domain_name VARCHAR(50);
ALTER TABLE resource_tag ADD COLUMN repository_id BIGINT;
ALTER TABLE resource_tag ADD CONSTRAINT tag_domain
    FOREIGN KEY (domain_owner, domain_name) REFERENCES domain (owner, name) ON DELETE CASCADE;
ALTER TABLE resource_tag ADD CONSTRAINT tag_repository
    FOREIGN KEY (repository_id) REFERENCES repository (id) ON DELETE CASCADE;
