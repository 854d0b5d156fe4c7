#!/usr/bin/env bash
# Issue 20: Packyard's resident memory while it serves a ~1,000-package `npm ci` (cold, then warm), and idle after.
# Packyard runs as installed (packaging/java-options, with its heap limit); the peak is the kernel's high-water mark
# of resident memory (VmHWM). Target: under 512 MiB.
#   bench/run-npm-memory.sh [PACKAGES [UPSTREAM_LATENCY_MS]]     (defaults 1000, 0)
#   PACKYARD_JAVA_OPTS='-XX:TieredStopAtLevel=1 -Dpackyard.relaunch=false' bench/run-npm-memory.sh   the JVM's own heap default
source "$(dirname "$0")/npm-lib.sh"
machine
bench_compile
start_standin "${1:-1000}" "${2:-0}"
data="$(mktemp -d)"
start_packyard "$data/data"
status() { awk -v k="$1:" '$1 == k {printf "%d", $2 / 1024}' "/proc/$PACKYARD_PID/status"; }
echo "packyard JVM options: ${PACKYARD_JAVA_OPTS:-(JVM defaults)}; after start: RSS $(status VmRSS) MiB"
cold=$(npm_ci "$WORK/npmrc-packyard")
echo "npm ci cold: $cold ms; RSS $(status VmRSS) MiB, peak $(status VmHWM) MiB"
warm=$(npm_ci "$WORK/npmrc-packyard")
echo "npm ci warm: $warm ms; RSS $(status VmRSS) MiB, peak $(status VmHWM) MiB"
sleep 20
echo "idle 20 s later: RSS $(status VmRSS) MiB; RSS peak over the whole run: $(status VmHWM) MiB (target < 512 MiB)"
echo "database: $(du -sm "$data/data/db" | cut -f1) MiB; load $(cut -d' ' -f1-3 /proc/loadavg)"
stop_packyard; rm -rf "$data"
