#!/usr/bin/env bash
# Issue 8 part 1: `npm ci` of a ~300-package fixture through Packyard vs Verdaccio 6, both proxying the same
# stand-in registry on 127.0.0.1; cold (empty proxy storage) and warm (second install) caches; alternating order.
#   bench/run-npm.sh [ROUNDS [PACKAGES [UPSTREAM_LATENCY_MS]]]     (defaults 5, 300, 20)
#   BENCH_DRY_RUN=1 bench/run-npm.sh    also installs once through Verdaccio alone before checking Packyard
source "$(dirname "$0")/npm-lib.sh"
ROUNDS="${1:-5}"
machine
bench_compile
install_verdaccio
start_standin "${2:-300}" "${3:-20}"

declare -A T
run_packyard() {
  local data; data="$(mktemp -d)"
  start_packyard "$data/data"
  T[packyard_cold]+="$(npm_ci "$WORK/npmrc-packyard") "
  T[packyard_warm]+="$(npm_ci "$WORK/npmrc-packyard") "
  stop_packyard; rm -rf "$data"
}
run_verdaccio() {
  local storage; storage="$(mktemp -d)"
  start_verdaccio "$storage"
  T[verdaccio_cold]+="$(npm_ci "$WORK/npmrc-verdaccio") "
  T[verdaccio_warm]+="$(npm_ci "$WORK/npmrc-verdaccio") "
  stop_verdaccio; rm -rf "$storage"
}
# Going direct: the same install straight from the upstream (the stand-in, with its latency), no proxy between.
run_direct() { T[direct]+="$(npm_ci "$WORK/npmrc-standin") "; }
# BENCH_DRY_RUN=1: one Verdaccio round first, to prove the stand-in, the fixture and the peer work on their own.
if [[ "${BENCH_DRY_RUN:-0}" == 1 ]]; then
  run_verdaccio
  echo "dry run: Verdaccio cold ${T[verdaccio_cold]}ms, warm ${T[verdaccio_warm]}ms"
  T[verdaccio_cold]=""; T[verdaccio_warm]=""
fi
# Stops here, clearly, while Packyard has no npm endpoint yet.
preflight="$(mktemp -d)"; start_packyard "$preflight/data"; stop_packyard; rm -rf "$preflight"
last() { echo "${T[$1]}" | tr ' ' '\n' | grep . | tail -1; }
for r in $(seq 1 "$ROUNDS"); do
  if (( r % 2 )); then run_packyard; run_verdaccio; else run_verdaccio; run_packyard; fi
  run_direct
  echo "round $r (ms): packyard cold/warm $(last packyard_cold)/$(last packyard_warm), verdaccio cold/warm $(last verdaccio_cold)/$(last verdaccio_warm), direct $(last direct), load $(cut -d' ' -f1-3 /proc/loadavg)"
done
for k in packyard_cold packyard_warm verdaccio_cold verdaccio_warm direct; do
  echo "$k ms: ${T[$k]}"
done
m() { echo "${T[$1]}" | tr ' ' '\n' | grep . | median; }
pc=$(m packyard_cold); pw=$(m packyard_warm); vc=$(m verdaccio_cold); vw=$(m verdaccio_warm); dm=$(m direct)
echo "npm ci medians: Packyard cold $pc ms, warm $pw ms; Verdaccio cold $vc ms, warm $vw ms; direct from the upstream $dm ms"
awk -v pc="$pc" -v pw="$pw" -v vc="$vc" -v vw="$vw" -v d="$dm" 'BEGIN {
  printf "Packyard/Verdaccio: cold %.2f (target <= 1.0), warm %.2f (target <= 0.8)\n", pc / vc, pw / vw
  printf "Packyard/direct: cold %.2f, warm %.2f; Verdaccio/direct: cold %.2f, warm %.2f\n", pc / d, pw / d, vc / d, vw / d }'
