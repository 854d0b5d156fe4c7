-- What package managers publish beyond assets: the version's own manifest (npm package.json with its
-- dependencies, PyPI requires-python...), served back to clients. One row per version, gone with the version.
CREATE TABLE version_manifest (
    version_id BIGINT PRIMARY KEY,
    manifest   CLOB   NOT NULL,
    CONSTRAINT manifest_version FOREIGN KEY (version_id) REFERENCES package_version (id) ON DELETE CASCADE
);

-- Publishes let through while the public registry could not be asked whether it already has the version
-- (seed rule 3): kept so the console and the API can show them. Instants are epoch milliseconds.
CREATE TABLE publish_exception (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    domain_owner    VARCHAR(12)   NOT NULL,
    domain_name     VARCHAR(50)   NOT NULL,
    repository_name VARCHAR(100)  NOT NULL,
    format          VARCHAR(16)   NOT NULL,
    namespace       VARCHAR(255)  NOT NULL,
    name            VARCHAR(255)  NOT NULL,
    version         VARCHAR(255)  NOT NULL,
    connection_name VARCHAR(100)  NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    recorded_ms     BIGINT        NOT NULL,
    CONSTRAINT publish_exception_domain FOREIGN KEY (domain_owner, domain_name) REFERENCES domain (owner, name) ON DELETE CASCADE
);
CREATE INDEX publish_exception_by_domain ON publish_exception (domain_owner, domain_name, recorded_ms);
