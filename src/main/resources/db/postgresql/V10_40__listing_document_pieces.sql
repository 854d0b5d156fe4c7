-- PostgreSQL's form of db/h2/V10_40__listing_document_pieces.sql (identity columns for AUTO_INCREMENT, TEXT for CLOB, BYTEA for VARBINARY).
-- The registry document of a cached listing, split into pieces (an npm packument: its skeleton and one piece per
-- version), each deflate-compressed with the SHA-256 of its uncompressed bytes, so that a refresh rewrites only
-- the pieces that changed. Until now the whole document was embedded in listing_json and rewritten at every sync.
-- IF NOT EXISTS: a test rewinds the migrations from V9 on and runs them again.
CREATE TABLE IF NOT EXISTS upstream_document_piece (
    domain_owner       VARCHAR(12)   NOT NULL,
    domain_name        VARCHAR(50)   NOT NULL,
    connection_name    VARCHAR(100)  NOT NULL,
    format             VARCHAR(16)   NOT NULL,
    namespace          VARCHAR(255)  NOT NULL,
    name               VARCHAR(255)  NOT NULL,
    piece              VARCHAR(1024) NOT NULL,
    sha256             CHAR(64)      NOT NULL,
    body               BYTEA     NOT NULL,
    PRIMARY KEY (domain_owner, domain_name, connection_name, format, namespace, name, piece),
    CONSTRAINT upstream_document_piece_listing FOREIGN KEY (domain_owner, domain_name, connection_name, format, namespace, name)
        REFERENCES upstream_metadata (domain_owner, domain_name, connection_name, format, namespace, name) ON DELETE CASCADE
);
