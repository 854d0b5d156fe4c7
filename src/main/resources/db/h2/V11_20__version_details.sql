-- What a version's own archive says about it (npm's package.json and README, a wheel's METADATA, a POM), read on
-- the first ask and kept so that later asks do not read the blob again. source_sha256 is the asset it was read
-- from: a POM deployed after the jar, or a replaced asset, makes the row stale and it is read again.
-- IF NOT EXISTS: a test rewinds the migrations from V9 on and runs them again.
CREATE TABLE IF NOT EXISTS version_details (
    version_id             BIGINT        PRIMARY KEY,
    source_sha256          CHAR(64)      NOT NULL,
    summary                VARCHAR(4000),
    home_page              VARCHAR(2000),
    source_code_repository VARCHAR(2000),
    licenses               VARCHAR(8000),
    readme                 CLOB,
    CONSTRAINT version_details_version FOREIGN KEY (version_id) REFERENCES package_version (id) ON DELETE CASCADE
);

-- Direct dependencies in the order the manifest declares them; position is that order.
CREATE TABLE IF NOT EXISTS version_dependency (
    version_id          BIGINT        NOT NULL,
    position            INT           NOT NULL,
    namespace           VARCHAR(255)  NOT NULL,
    package_name        VARCHAR(255)  NOT NULL,
    dependency_type     VARCHAR(64)   NOT NULL,
    version_requirement VARCHAR(1000),
    PRIMARY KEY (version_id, position),
    CONSTRAINT version_dependency_details FOREIGN KEY (version_id) REFERENCES version_details (version_id) ON DELETE CASCADE
);
