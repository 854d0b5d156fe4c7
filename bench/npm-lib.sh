# Shared by run-npm.sh and run-serving.sh: the stand-in npm registry, a Packyard server proxying it, and Verdaccio 6
# proxying it. Nothing here talks to a public registry during a benchmark: every npm command gets its own empty
# userconfig and an explicit --registry on 127.0.0.1. (Installing Verdaccio itself, once, uses npm's configured registry.)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [[ -n "$p" ]] && kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

wait_for_line() { # FILE PATTERN SECONDS
  for _ in $(seq 1 $(( $3 * 10 ))); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "--- $1:" >&2; cat "$1" >&2; die "gave up waiting for '$2'"
}

# start_standin COUNT LATENCY_MS: the generated package tree; sets STANDIN_URL and writes the fixture project.
start_standin() {
  FIXTURE="$WORK/npm-fixture"
  rm -rf "$FIXTURE" "$WORK/standin.log"; mkdir -p "$FIXTURE"
  bench_java dev.packyard.bench.NpmStandInServer "$FIXTURE" "$1" "$2" "$(free_port)" >"$WORK/standin.log" 2>&1 &
  PIDS+=($!)
  wait_for_line "$WORK/standin.log" "listening on" 60
  STANDIN_URL="$(cat "$FIXTURE/registry-url")"
  head -1 "$WORK/standin.log"
  printf 'registry=%s\naudit=false\nfund=false\nupdate-notifier=false\n' "$STANDIN_URL" >"$WORK/npmrc-standin"
  # The lock file names no tarball URLs, so each install resolves them through the registry under test.
  (cd "$FIXTURE" && npm install --package-lock-only --omit-lockfile-registry-resolved --userconfig "$WORK/npmrc-standin" \
     --registry "$STANDIN_URL" --cache "$WORK/npm-cache-lock" --ignore-scripts --loglevel=error >/dev/null)
  echo "fixture: $(grep -c '"node_modules/' "$FIXTURE/package-lock.json") packages in package-lock.json"
}

# start_packyard DATA_DIR: serve with public:npmjs pointed at the stand-in; sets PACKYARD_URL, NPM_ENDPOINT, TOKEN.
start_packyard() {
  local data="$1" port log="$WORK/packyard.log"
  bench_jar
  rm -f "$log"
  port="$(free_port)"
  # PACKYARD_JAVA_OPTS (lib.sh): JVM flags, e.g. add -XX:StartFlightRecording=filename=bench/work/npm.jfr to profile.
  echo "packyard JVM options: ${PACKYARD_JAVA_OPTS:-(JVM defaults)}" >"$log"
  java ${PACKYARD_JAVA_OPTS:-} -jar "$ROOT/target/packyard.jar" serve --port "$port" --data-dir "$data" --timing immediate \
    --upstream "public:npmjs=$STANDIN_URL" >>"$log" 2>&1 &
  PACKYARD_PID=$!; PIDS+=($PACKYARD_PID)
  wait_for_line "$log" "Packyard listening on" 60
  PACKYARD_URL="http://127.0.0.1:$port"
  local cp="$PACKYARD_URL/v1"
  curl -sf $SIGV4 -X POST "$cp/domain?domain=bench" >/dev/null || true
  curl -sf $SIGV4 -X POST "$cp/repository?domain=bench&repository=npm-store" -H 'Content-Type: application/json' -d '{}' >/dev/null || true
  curl -sf $SIGV4 -X POST "$cp/repository/external-connection?domain=bench&repository=npm-store&external-connection=public:npmjs" >/dev/null || true
  NPM_ENDPOINT="$(curl -sf $SIGV4 "$cp/repository/endpoint?domain=bench&repository=npm-store&format=npm" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["repositoryEndpoint"])')" \
    || die "get-repository-endpoint for npm failed at $cp"
  TOKEN="$(curl -sf $SIGV4 -X POST "$cp/authorization-token?domain=bench" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["authorizationToken"])')" || die "get-authorization-token failed"
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "${NPM_ENDPOINT%/}/bench-pkg-000")"
  if [[ "$code" != 200 ]]; then
    die "npm endpoint not available yet (issue 5): GET ${NPM_ENDPOINT%/}/bench-pkg-000 answered HTTP $code"
  fi
  local hostpath="${NPM_ENDPOINT#http:}"
  printf 'registry=%s\n%s:_authToken=%s\naudit=false\nfund=false\nupdate-notifier=false\n' \
    "$NPM_ENDPOINT" "${hostpath%/}/" "$TOKEN" >"$WORK/npmrc-packyard"
}

stop_packyard() { kill "$PACKYARD_PID" 2>/dev/null || true; wait "$PACKYARD_PID" 2>/dev/null || true; }

install_verdaccio() {
  if [[ ! -x "$WORK/verdaccio/node_modules/.bin/verdaccio" ]]; then
    echo "installing Verdaccio 6 into bench/work/verdaccio (from npm's configured registry, once)"
    mkdir -p "$WORK/verdaccio"
    # Verdaccio 6 asks for node-fetch by the dist-tag "cjs", which not every registry mirror carries: pin the 2.x it means.
    cat >"$WORK/verdaccio/package.json" <<'JSON'
{ "name": "verdaccio-for-bench", "private": true, "dependencies": { "verdaccio": "^6" },
  "overrides": { "node-fetch": "2.7.0" } }
JSON
    (cd "$WORK/verdaccio" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
  fi
  echo "verdaccio $("$WORK/verdaccio/node_modules/.bin/verdaccio" --version)"
}

# start_verdaccio STORAGE_DIR: Verdaccio proxying the stand-in; sets VERDACCIO_URL.
start_verdaccio() {
  local storage="$1" port config="$WORK/verdaccio.yaml"
  port="$(free_port)"
  mkdir -p "$storage"
  cat >"$config" <<YAML
storage: $storage
uplinks:
  standin:
    url: $STANDIN_URL
    cache: true
packages:
  '@*/*':
    access: \$all
    proxy: standin
  '**':
    access: \$all
    proxy: standin
web:
  enable: false
server:
  keepAliveTimeout: 60
log: { type: stdout, format: pretty, level: warn }
YAML
  "$WORK/verdaccio/node_modules/.bin/verdaccio" -c "$config" -l "127.0.0.1:$port" >"$WORK/verdaccio.log" 2>&1 &
  VERDACCIO_PID=$!; PIDS+=($VERDACCIO_PID)
  VERDACCIO_URL="http://127.0.0.1:$port/"
  for _ in $(seq 1 300); do curl -sf "${VERDACCIO_URL}-/ping" >/dev/null && break; sleep 0.1; done
  curl -sf "${VERDACCIO_URL}-/ping" >/dev/null || { cat "$WORK/verdaccio.log" >&2; die "Verdaccio did not start"; }
  printf 'registry=%s\naudit=false\nfund=false\nupdate-notifier=false\n' "$VERDACCIO_URL" >"$WORK/npmrc-verdaccio"
}

stop_verdaccio() { kill "$VERDACCIO_PID" 2>/dev/null || true; wait "$VERDACCIO_PID" 2>/dev/null || true; }

# npm_ci NPMRC: one clean install of the fixture with an empty npm cache; prints milliseconds.
npm_ci() {
  local cache start
  cache="$(mktemp -d)"
  rm -rf "$FIXTURE/node_modules"
  start=$(date +%s%N)
  (cd "$FIXTURE" && npm ci --userconfig "$1" --cache "$cache" --prefer-online --ignore-scripts --no-audit --no-fund \
     --loglevel=error >/dev/null) || die "npm ci failed with $1"
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  rm -rf "$cache"
}
