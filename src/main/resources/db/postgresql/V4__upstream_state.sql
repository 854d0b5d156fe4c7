-- PostgreSQL's form of db/h2/V4__upstream_state.sql (identity columns for AUTO_INCREMENT, TEXT for CLOB, BYTEA for VARBINARY).
-- The per-domain cache of upstream package listings (see dev.packyard.upstream.metadata). Instants are epoch
-- milliseconds; an absent namespace is '' as in V1.

CREATE TABLE upstream_metadata (
    domain_owner       VARCHAR(12)   NOT NULL,
    domain_name        VARCHAR(50)   NOT NULL,
    connection_name    VARCHAR(100)  NOT NULL,
    format             VARCHAR(16)   NOT NULL,
    namespace          VARCHAR(255)  NOT NULL,
    name               VARCHAR(255)  NOT NULL,
    listing_json       TEXT          NOT NULL,
    fetched_ms         BIGINT        NOT NULL,
    expires_ms         BIGINT        NOT NULL,
    revalidated_ms     BIGINT,
    last_result        VARCHAR(32)   NOT NULL,
    last_result_detail VARCHAR(2000),
    stale_since_ms     BIGINT,
    upstream_versions  INT           NOT NULL,
    retained_versions  INT           NOT NULL,
    PRIMARY KEY (domain_owner, domain_name, connection_name, format, namespace, name),
    CONSTRAINT upstream_metadata_domain FOREIGN KEY (domain_owner, domain_name) REFERENCES domain (owner, name) ON DELETE CASCADE
);
CREATE INDEX upstream_metadata_by_expiry ON upstream_metadata (expires_ms);
