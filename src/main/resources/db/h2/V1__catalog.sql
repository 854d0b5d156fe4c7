-- Instants are stored as epoch milliseconds; an absent namespace is stored as '' so keys and ordering stay simple.

CREATE TABLE setting (
    name  VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);

CREATE TABLE domain (
    owner          VARCHAR(12)   NOT NULL,
    name           VARCHAR(50)   NOT NULL,
    created_ms     BIGINT        NOT NULL,
    encryption_key VARCHAR(1011),
    status         VARCHAR(16)   NOT NULL,
    PRIMARY KEY (owner, name)
);
CREATE INDEX domain_by_name ON domain (name, owner);

CREATE TABLE repository (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    domain_owner          VARCHAR(12)  NOT NULL,
    domain_name           VARCHAR(50)  NOT NULL,
    name                  VARCHAR(100) NOT NULL,
    administrator_account VARCHAR(12)  NOT NULL,
    description           VARCHAR(1000) NOT NULL,
    external_connection   VARCHAR(100),
    created_ms            BIGINT       NOT NULL,
    CONSTRAINT repository_unique UNIQUE (domain_owner, domain_name, name),
    CONSTRAINT repository_domain FOREIGN KEY (domain_owner, domain_name) REFERENCES domain (owner, name)
);
CREATE INDEX repository_by_domain_name ON repository (domain_name, domain_owner, name);

CREATE TABLE repository_upstream (
    repository_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    upstream_name VARCHAR(100) NOT NULL,
    PRIMARY KEY (repository_id, position),
    CONSTRAINT upstream_repository FOREIGN KEY (repository_id) REFERENCES repository (id) ON DELETE CASCADE
);

CREATE TABLE package (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    repository_id BIGINT       NOT NULL,
    format        VARCHAR(16)  NOT NULL,
    namespace     VARCHAR(255) NOT NULL,
    name          VARCHAR(255) NOT NULL,
    publish       VARCHAR(5)   NOT NULL,
    upstream      VARCHAR(5)   NOT NULL,
    CONSTRAINT package_unique UNIQUE (repository_id, format, namespace, name),
    CONSTRAINT package_repository FOREIGN KEY (repository_id) REFERENCES repository (id) ON DELETE CASCADE
);

CREATE TABLE package_version (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    package_id             BIGINT       NOT NULL,
    version                VARCHAR(255) NOT NULL,
    revision               VARCHAR(50)  NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    origin_type            VARCHAR(16)  NOT NULL,
    origin_repository      VARCHAR(100),
    origin_connection      VARCHAR(100),
    published_ms           BIGINT       NOT NULL,
    display_name           VARCHAR(255),
    summary                VARCHAR(4000),
    home_page              VARCHAR(2000),
    source_code_repository VARCHAR(2000),
    licenses               VARCHAR(8000),
    CONSTRAINT version_unique UNIQUE (package_id, version),
    CONSTRAINT version_package FOREIGN KEY (package_id) REFERENCES package (id) ON DELETE CASCADE
);
CREATE INDEX version_by_time ON package_version (package_id, published_ms, version);

CREATE TABLE asset (
    version_id BIGINT       NOT NULL,
    name       VARCHAR(255) NOT NULL,
    size       BIGINT       NOT NULL,
    sha256     VARCHAR(64)  NOT NULL,
    sha1       VARCHAR(40),
    md5        VARCHAR(32),
    sha512     VARCHAR(128),
    PRIMARY KEY (version_id, name),
    CONSTRAINT asset_version FOREIGN KEY (version_id) REFERENCES package_version (id) ON DELETE CASCADE
);
CREATE INDEX asset_by_content ON asset (sha256);

CREATE TABLE resource_tag (
    resource_arn VARCHAR(1011) NOT NULL,
    tag_key      VARCHAR(128)  NOT NULL,
    tag_value    VARCHAR(256)  NOT NULL,
    PRIMARY KEY (resource_arn, tag_key)
);
