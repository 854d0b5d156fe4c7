#!/usr/bin/env bash
# Issue 8 part 5: console launch to first frame, and the longest FX-thread stall while 200 fetches run.
#   bench/run-console.sh [RUNS]      (default 7 launches)
# Needs xvfb-run, xdotool and libgtk-3-0 (apt-get install -y xvfb xdotool libgtk-3-0).
source "$(dirname "$0")/lib.sh"
RUNS="${1:-7}"
command -v xvfb-run >/dev/null || die "xvfb-run is missing: apt-get install -y xvfb"
command -v xdotool >/dev/null || die "xdotool is missing: apt-get install -y xdotool"
machine
bench_compile
bench_jar

# One launch: a fresh data directory, a fresh X server; from process start until a visible window named Packyard exists.
# launch_once PATH_FOR_PACKYARD: the console's endpoint discovery runs npm, pip and mvn found on that PATH.
launch_once() {
  local data
  data="$(mktemp -d)"
  xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
    start=$(date +%s%N)
    PATH="$3" java -jar "$1" --data-dir "$2" >/dev/null 2>&1 &
    pid=$!
    if timeout 60 xdotool search --sync --onlyvisible --name "^Packyard" >/dev/null 2>&1; then
      echo $(( ($(date +%s%N) - start) / 1000000 ))
    else
      echo "no window within 60 s" >&2; echo -1
    fi
    kill $pid; wait $pid 2>/dev/null || true
  ' _ "$ROOT/target/packyard.jar" "$data/data" "$1"
  rm -rf "$data"
}

# launch_series LABEL PATH: RUNS launches, each printed, then the median.
launch_series() {
  local times=() t
  for i in $(seq 1 "$RUNS"); do
    t="$(launch_once "$2")"
    echo "  run $i: ${t} ms"
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | grep -v '^-1$' | median | xargs printf "launch to first frame, $1: median %s ms\n"
}

echo "== Console launch to first frame (issue 8 part 5): java -jar target/packyard.jar under xvfb-run, $RUNS runs each"
launch_series "as installed (discovery runs npm, pip and mvn)" "$PATH"
# The same with only java on PATH: discovery finds no package-manager command to ask, so this is the console alone.
JAVA_ONLY="$WORK/java-only-path"
mkdir -p "$JAVA_ONLY"; ln -sf "$(readlink -f "$(command -v java)")" "$JAVA_ONLY/java"
launch_series "only java on PATH (no discovery commands)" "$JAVA_ONLY"
for c in "npm config get registry" "pip config get global.index-url" "mvn -v"; do
  s=$(date +%s%N); $c >/dev/null 2>&1 || true; echo "  discovery command '$c': $(( ($(date +%s%N) - s) / 1000000 )) ms"
done

bench_java "${FX_FLAGS[@]}" dev.packyard.bench.FxStallBench 200 20 30
