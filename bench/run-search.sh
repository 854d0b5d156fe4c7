#!/usr/bin/env bash
# Issue 14: the console's search across a domain's repositories at a million package versions.
#   bench/run-search.sh [PACKAGES [VERSIONS_PER_PACKAGE]]     (defaults 100000 x 10)
# Reuses (or generates, as run-catalog.sh does) bench/work/catalog-<PACKAGES>x<VERSIONS>, adds a repository "mirror"
# with 1,000 of its packages, and prints p50/p99 of each kind of search (DomainSearchBench).
source "$(dirname "$0")/lib.sh"
PACKAGES="${1:-100000}"
VERSIONS="${2:-10}"
DATA="$WORK/catalog-${PACKAGES}x${VERSIONS}"
machine
bench_compile
bench_java -Xmx2g ${BENCH_EXPLAIN:+-Dbench.explain=true} dev.packyard.bench.DomainSearchBench "$DATA" "$PACKAGES" "$VERSIONS"
