-- The console's search across a domain's repositories (JdbcPackageSearch): a name prefix, or a namespace and a name
-- prefix, over every repository of the domain. The existing indexes start with repository_id, so a domain-wide prefix
-- is no range in them and H2 would read every package of the domain and sort it; in these the prefix is a range read
-- in the order the results are shown, and the query stops after the first page (docs/benchmarks.md, domain search).
-- IF NOT EXISTS: DomainAssetSizeTest rewinds the migrations after V9 and runs them again.
CREATE INDEX IF NOT EXISTS package_search_by_name ON package (name, namespace, format, repository_id);
CREATE INDEX IF NOT EXISTS package_search_by_namespace ON package (namespace, name, format, repository_id);
-- A format word ("pypi", "npm tree"): the format is the range, read by name (by name alone, the PyPI names came after
-- 75,000 others at a million versions: 60 ms median, 590 ms p99).
CREATE INDEX IF NOT EXISTS package_search_by_format ON package (format, name, namespace, repository_id);
