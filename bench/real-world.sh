#!/usr/bin/env bash
# Issue 20: the by-hand check against the real public registries (NOT part of CI: it needs the internet).
# A Spring Boot project and two real npm projects go through Packyard exactly as a new team would use it, and the
# same steps go straight to the public registries for comparison, in one run:
#   Maven: dependency:go-offline cold / warm through Packyard and direct, package, versions:display-dependency-updates
#          (plugin prefix and artifact metadata), a SNAPSHOT deployed twice and a consumer resolving the newest;
#   npm:   npm ci of bench/real-world/npm-web (Next.js) and npm-api (Express) cold / warm through Packyard and direct,
#          then pnpm and yarn 1 installs of the same projects through Packyard;
#   and Packyard's RSS peak during each step.
# Packyard runs `serve` with a fresh HOME, so its npm and Maven endpoints come from discovery of the clients'
# built-in defaults (no registry host is written here).
#   bench/real-world.sh            (about 10-20 minutes; prints one line per step and a summary table)
# Environment: MVN_FLAGS for building Packyard (e.g. -o), PACKYARD_JAVA_OPTS (lib.sh), RW_SKIP=maven|npm.
source "$(dirname "$0")/lib.sh"
RW="$BENCH_DIR/real-world"
OUT="$WORK/real-world"
rm -rf "$OUT"; mkdir -p "$OUT"
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [[ -n "$p" ]] && kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

machine
bench_jar
RESULTS="$OUT/results.tsv"
printf 'step\tresult\tms\tpackyard_rss_peak_mib\n' >"$RESULTS"

# --- Packyard, from a fresh home directory ---------------------------------------------------------------------
PHOME="$OUT/packyard-home"; mkdir -p "$PHOME"
port="$(free_port)"
echo "packyard JVM options: ${PACKYARD_JAVA_OPTS:-(JVM defaults)}"
HOME="$PHOME" java ${PACKYARD_JAVA_OPTS:-} -jar "$ROOT/target/packyard.jar" serve --port "$port" --data-dir "$OUT/data" \
  --timing immediate >"$OUT/packyard.log" 2>&1 &
PACKYARD_PID=$!; PIDS+=($PACKYARD_PID)
for _ in $(seq 1 600); do grep -q "Packyard listening on" "$OUT/packyard.log" && break; sleep 0.1; done
grep -q "Packyard listening on" "$OUT/packyard.log" || { cat "$OUT/packyard.log"; die "Packyard did not start"; }
BASE="http://127.0.0.1:$port"
export AWS_ACCESS_KEY_ID=packyard AWS_SECRET_ACCESS_KEY=packyard AWS_DEFAULT_REGION=us-east-1
ca() { aws --endpoint-url "$BASE" codeartifact "$@"; }
ca create-domain --domain rw >/dev/null
ca create-repository --domain rw --repository npm-store >/dev/null
ca associate-external-connection --domain rw --repository npm-store --external-connection public:npmjs >/dev/null
ca create-repository --domain rw --repository maven-store >/dev/null
ca associate-external-connection --domain rw --repository maven-store --external-connection public:maven-central >/dev/null
ca create-repository --domain rw --repository app --upstreams repositoryName=npm-store repositoryName=maven-store >/dev/null
TOKEN="$(ca get-authorization-token --domain rw --query authorizationToken --output text)"
NPM_EP="$(ca get-repository-endpoint --domain rw --repository app --format npm --query repositoryEndpoint --output text)"
MVN_EP="$(ca get-repository-endpoint --domain rw --repository app --format maven --query repositoryEndpoint --output text)"
echo "npm endpoint: $NPM_EP"
echo "maven endpoint: $MVN_EP"
grep -i "endpoint\|upstream" "$OUT/packyard.log" | sed 's/^/  packyard: /' | head -5 || true

# rss_peak_start / rss_peak_stop: the highest VmRSS of the Packyard process between the two calls, in MiB.
rss_peak_start() {
  ( peak=0; while kill -0 "$PACKYARD_PID" 2>/dev/null; do
      kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$PACKYARD_PID/status" 2>/dev/null || echo 0)
      (( kb > peak )) && { peak=$kb; echo "$peak" >"$OUT/rss-peak"; }
      sleep 0.2
    done ) &
  RSS_WATCH=$!
  echo 0 >"$OUT/rss-peak"
}
rss_peak_stop() { kill "$RSS_WATCH" 2>/dev/null || true; wait "$RSS_WATCH" 2>/dev/null || true; echo $(( $(cat "$OUT/rss-peak") / 1024 )); }

# step NAME VIA COMMAND...: runs COMMAND in the current directory, logs it, records result, time and RSS peak.
step() {
  local name="$1"; shift
  local log="$OUT/$name.log" start ms result rss
  rss_peak_start
  start=$(date +%s%N)
  if "$@" >"$log" 2>&1; then result=ok; else result=FAILED; fi
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(rss_peak_stop)
  printf '%s\t%s\t%s\t%s\n' "$name" "$result" "$ms" "$rss" >>"$RESULTS"
  printf '%-44s %-7s %8s ms   Packyard RSS peak %5s MiB\n' "$name" "$result" "$ms" "$rss"
  [[ "$result" == ok ]] || tail -15 "$log" | sed 's/^/    | /'
}

# --- Maven ---------------------------------------------------------------------------------------------------
maven_part() {
  local app="$OUT/spring-app" consumer="$OUT/consumer"
  cp -r "$RW/spring-app" "$app"; cp -r "$RW/consumer" "$consumer"
  cat >"$OUT/settings-packyard.xml" <<XML
<settings>
  <servers><server><id>packyard</id><username>aws</username><password>\${env.CODEARTIFACT_AUTH_TOKEN}</password></server></servers>
  <mirrors><mirror><id>packyard</id><mirrorOf>*</mirrorOf><url>$MVN_EP</url></mirror></mirrors>
</settings>
XML
  echo '<settings/>' >"$OUT/settings-direct.xml"
  export CODEARTIFACT_AUTH_TOKEN="$TOKEN"
  local mvnp=(mvn -B -s "$OUT/settings-packyard.xml" -Dpackyard.url="$MVN_EP")
  local mvnd=(mvn -B -s "$OUT/settings-direct.xml")
  cd "$app"
  step maven-go-offline-direct "${mvnd[@]}" -Dmaven.repo.local="$OUT/m2-direct" dependency:go-offline
  step maven-go-offline-packyard-cold "${mvnp[@]}" -Dmaven.repo.local="$OUT/m2-cold" dependency:go-offline
  step maven-go-offline-packyard-warm "${mvnp[@]}" -Dmaven.repo.local="$OUT/m2-warm" dependency:go-offline
  step maven-package-packyard "${mvnp[@]}" -Dmaven.repo.local="$OUT/m2-warm" package
  step maven-package-direct "${mvnd[@]}" -Dmaven.repo.local="$OUT/m2-direct" package
  step maven-versions-updates-packyard "${mvnp[@]}" -Dmaven.repo.local="$OUT/m2-warm" versions:display-dependency-updates
  step maven-versions-updates-direct "${mvnd[@]}" -Dmaven.repo.local="$OUT/m2-direct" versions:display-dependency-updates
  sed -i 's/@BUILD@/first/' src/main/java/dev/packyard/rw/RwApplication.java
  step maven-snapshot-deploy-1 "${mvnp[@]}" -Dmaven.repo.local="$OUT/m2-warm" -DskipTests deploy
  sed -i 's/"first"/"second"/' src/main/java/dev/packyard/rw/RwApplication.java
  step maven-snapshot-deploy-2 "${mvnp[@]}" -Dmaven.repo.local="$OUT/m2-warm" -DskipTests deploy
  cd "$consumer"
  step maven-snapshot-consume "${mvnp[@]}" -Dmaven.repo.local="$OUT/m2-consumer" -U dependency:copy-dependencies
  local jar; jar="$(ls target/dependency/rw-app-1.0.0-*.jar 2>/dev/null | head -1 || true)"
  local classes=""  # the class as Spring Boot repackages it, or as a plain jar holds it
  [[ -n "$jar" ]] && classes="$( { unzip -p "$jar" BOOT-INF/classes/dev/packyard/rw/RwApplication.class || true
                                   unzip -p "$jar" dev/packyard/rw/RwApplication.class || true; } 2>/dev/null | strings)"
  if grep -q '^second$' <<<"$classes"; then
    printf 'maven-snapshot-newest\tok\t0\t0\n' >>"$RESULTS"; echo "maven-snapshot-newest: the consumer got the second deploy ($jar)"
  else
    printf 'maven-snapshot-newest\tFAILED\t0\t0\n' >>"$RESULTS"; echo "maven-snapshot-newest: FAILED (${jar:-no jar})"
  fi
  cd "$ROOT"
}

# --- npm, pnpm, yarn -----------------------------------------------------------------------------------------
npm_part() {
  local hostpath="${NPM_EP#http:}"
  # always-auth: yarn 1 sends the token only with it (README, "yarn 1"); npm 11 warns about the key and ignores it.
  printf 'registry=%s\n%s:_authToken=%s\n%s:always-auth=true\naudit=false\nfund=false\nupdate-notifier=false\n' \
    "$NPM_EP" "${hostpath%/}/" "$TOKEN" "${hostpath%/}/" >"$OUT/npmrc-packyard"
  printf 'audit=false\nfund=false\nupdate-notifier=false\n' >"$OUT/npmrc-direct"
  local tools="$OUT/tools"
  (mkdir -p "$tools" && cd "$tools" && npm install --userconfig "$OUT/npmrc-direct" --no-audit --no-fund --loglevel=error \
     pnpm@9 yarn@1 >/dev/null) || die "could not install pnpm and yarn 1 into $tools"
  for project in npm-web npm-api; do
    local dir="$OUT/$project"
    cp -r "$RW/$project" "$dir"; cd "$dir"
    echo "$project: $(grep -c '"node_modules/' package-lock.json) packages in package-lock.json"
    ci() { rm -rf node_modules; npm ci --userconfig "$1" --cache "$(mktemp -d -p "$OUT")" --prefer-online --ignore-scripts \
             --no-audit --no-fund --loglevel=error; }
    step "$project-npm-ci-direct" ci "$OUT/npmrc-direct"
    step "$project-npm-ci-packyard-cold" ci "$OUT/npmrc-packyard"
    step "$project-npm-ci-packyard-warm" ci "$OUT/npmrc-packyard"
    # pnpm and yarn resolve from package.json (no lock file of theirs), so they read every packument again.
    cp "$OUT/npmrc-packyard" .npmrc
    rm -rf node_modules
    step "$project-pnpm-install-packyard" "$tools/node_modules/.bin/pnpm" install --store-dir "$(mktemp -d -p "$OUT")" \
      --ignore-scripts --reporter=silent
    rm -rf node_modules
    step "$project-yarn1-install-packyard" "$tools/node_modules/.bin/yarn" install --cache-folder "$(mktemp -d -p "$OUT")" \
      --ignore-scripts --non-interactive --no-lockfile --registry "$NPM_EP"
    rm -f .npmrc
    cd "$ROOT"
  done
}

[[ "${RW_SKIP:-}" == maven ]] || maven_part
[[ "${RW_SKIP:-}" == npm ]] || npm_part

echo
echo "Packyard after the run: RSS $(awk '/^VmRSS:/ {print int($2/1024) " MiB"}' /proc/$PACKYARD_PID/status), peak $(awk '/^VmHWM:/ {print int($2/1024) " MiB"}' /proc/$PACKYARD_PID/status), data directory $(du -sh "$OUT/data" | cut -f1)"
echo "stack traces in Packyard's log: $(grep -c '^\s*at ' "$OUT/packyard.log" || true)"
echo
column -t -s $'\t' "$RESULTS"
! grep -q FAILED "$RESULTS"
