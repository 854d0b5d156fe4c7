#!/usr/bin/env bash
# Issue 8 part 3: tarball download throughput and packument latency (p50, p99) under 50 concurrent clients,
# Packyard vs Verdaccio 6, both proxying the stand-in registry, caches warmed first.
#   bench/run-serving.sh [SECONDS_PER_PHASE [PACKAGES]]     (defaults 20, 300)
source "$(dirname "$0")/npm-lib.sh"
SECONDS_PER_PHASE="${1:-20}"
PACKAGES="${2:-300}"
machine
bench_compile
install_verdaccio
start_standin "$PACKAGES" 20
data="$(mktemp -d)"; storage="$(mktemp -d)"
start_packyard "$data/data"
start_verdaccio "$storage"
bench_java dev.packyard.bench.ServingBench "$PACKAGES" "$SECONDS_PER_PHASE" \
  "packyard=$NPM_ENDPOINT#$TOKEN" "verdaccio=$VERDACCIO_URL"
stop_packyard; stop_verdaccio; rm -rf "$data" "$storage"
