-- npm dist-tags set in a repository (npm publish --tag, npm dist-tag add): package-level metadata in CodeArtifact,
-- kept per package row so that they go away with the package. A tag may outlive its version (deleted or disposed);
-- readers skip tags whose version is not offered. (Numbered 10.20 to leave plain numbers to the other branches.)
CREATE TABLE package_dist_tag (
    package_id BIGINT       NOT NULL,
    tag        VARCHAR(255) NOT NULL,
    version    VARCHAR(255) NOT NULL,
    CONSTRAINT package_dist_tag_key PRIMARY KEY (package_id, tag),
    CONSTRAINT package_dist_tag_package FOREIGN KEY (package_id) REFERENCES package (id) ON DELETE CASCADE
);
