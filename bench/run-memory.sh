#!/usr/bin/env bash
# Issue 17: Packyard's resident memory and heap while it moves large files (MemoryBench). For 1 MiB, 100 MiB and 1 GiB
# files and 1, 4 and 16 concurrent transfers, a fresh `serve` (packaged jar, shipped JVM options) fetches that many
# distinct generated jars cold from a stand-in Maven repository at once, then serves them again from storage at once;
# then a soak of SOAK_SECONDS with mixed traffic and upstream outages. Needs about 17 GiB of free disk under bench/work.
#   bench/run-memory.sh [SOAK_SECONDS [SIZES_MIB [CONCURRENCIES]]]     (defaults 600, 1,100,1024, 1,4,16)
source "$(dirname "$0")/lib.sh"
machine
bench_compile
bench_jar
bench_java -Xmx512m "-Dbench.packyardOpts=$PACKYARD_JAVA_OPTS" dev.packyard.bench.MemoryBench \
  "$ROOT/target/packyard.jar" "$WORK/memory" "${1:-600}" "${2:-1,100,1024}" "${3:-1,4,16}"
