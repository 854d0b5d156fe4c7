-- describe-domain's asset size as a maintained figure: the sum of the sizes of the distinct (sha256, size) contents
-- that asset records of the domain's repositories point at. Summing it on every call read every asset record of the
-- domain (72 s at a million versions, see docs/benchmarks.md part 4); JdbcPackageStore and JdbcRepositoryStore now
-- change it in the same transaction as the asset records. Here it starts from the records already there.
ALTER TABLE domain ADD COLUMN asset_size_bytes BIGINT DEFAULT 0 NOT NULL;

MERGE INTO domain d
USING (SELECT domain_owner, domain_name, SUM(size) AS total FROM (
         SELECT DISTINCT r.domain_owner, r.domain_name, a.sha256, a.size FROM asset a
         JOIN package_version v ON v.id = a.version_id
         JOIN package p ON p.id = v.package_id
         JOIN repository r ON r.id = p.repository_id) contents
       GROUP BY domain_owner, domain_name) s
ON d.owner = s.domain_owner AND d.name = s.domain_name
WHEN MATCHED THEN UPDATE SET asset_size_bytes = s.total;

-- The console filters a repository's packages by name prefix (list-packages' package-prefix) and counts the matches.
-- The listing-order index starts with format and namespace, so a name prefix is no range in it and H2 reads every
-- package of the repository; in this index the prefix is a range.
CREATE INDEX package_by_name ON package (repository_id, name);
