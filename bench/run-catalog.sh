#!/usr/bin/env bash
# Issue 8 part 4: a million package versions in one domain.
#   bench/run-catalog.sh [PACKAGES [VERSIONS_PER_PACKAGE]]     (defaults 100000 x 10)
# Generates the catalogue once into bench/work/catalog-<PACKAGES>x<VERSIONS> (about 1.5 min, several GB of disk),
# then prints service-side figures (CatalogScaleBench) and console figures (ConsoleScaleBench, headless Monocle).
source "$(dirname "$0")/lib.sh"
PACKAGES="${1:-100000}"
VERSIONS="${2:-10}"
DATA="$WORK/catalog-${PACKAGES}x${VERSIONS}"
machine
bench_compile
bench_java -Xmx2g ${BENCH_EXPLAIN:+-Dbench.explain=true} dev.packyard.bench.CatalogScaleBench "$DATA" "$PACKAGES" "$VERSIONS"
bench_java -Xmx2g "${FX_FLAGS[@]}" dev.packyard.bench.ConsoleScaleBench "$DATA" "$PACKAGES" "$VERSIONS"
