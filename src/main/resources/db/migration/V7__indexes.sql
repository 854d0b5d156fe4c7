-- The packages' listing order as a named unique index, so list-packages can ask H2 for it by name (USE INDEX):
-- with the repository id alone known, H2's planner otherwise prefers the foreign key's smaller index on repository_id,
-- then reads and sorts every package of the repository for each page (see docs/benchmarks.md, part 4).
-- It replaces the unnamed index behind the package_unique constraint and enforces the same uniqueness.
CREATE UNIQUE INDEX package_listing_order ON package (repository_id, format, namespace, name);
ALTER TABLE package DROP CONSTRAINT package_unique;
