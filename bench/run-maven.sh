#!/usr/bin/env bash
# Issue 8 part 2: resolving the fixture project's dependency tree (bench/maven-fixture) with an empty local
# repository, through Packyard (warm cache) vs directly from the upstream, alternating, several rounds.
# The upstream is Maven's own: Packyard discovers it from Maven's built-in super POM, and the direct runs use it too.
#   bench/run-maven.sh [ROUNDS]     (default 5)
source "$(dirname "$0")/lib.sh"
ROUNDS="${1:-5}"
PIDS=()
trap 'for p in "${PIDS[@]:-}"; do kill "$p" 2>/dev/null || true; done' EXIT
machine
bench_jar
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
data="$(mktemp -d)"
rm -f "$WORK/packyard-maven.log"
echo "packyard JVM options: ${PACKYARD_JAVA_OPTS:-(JVM defaults)}"
java ${PACKYARD_JAVA_OPTS:-} -jar "$ROOT/target/packyard.jar" serve --port "$port" --data-dir "$data/data" --timing immediate >"$WORK/packyard-maven.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 600); do grep -q "Packyard listening on" "$WORK/packyard-maven.log" && break; sleep 0.1; done
grep -q "Packyard listening on" "$WORK/packyard-maven.log" || { cat "$WORK/packyard-maven.log"; die "Packyard did not start"; }
cp="http://127.0.0.1:$port/v1"
curl -sf $SIGV4 -X POST "$cp/domain?domain=bench" >/dev/null || true
curl -sf $SIGV4 -X POST "$cp/repository?domain=bench&repository=maven-store" -H 'Content-Type: application/json' -d '{}' >/dev/null || true
curl -sf $SIGV4 -X POST "$cp/repository/external-connection?domain=bench&repository=maven-store&external-connection=public:maven-central" >/dev/null || true
endpoint="$(curl -sf $SIGV4 "$cp/repository/endpoint?domain=bench&repository=maven-store&format=maven" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["repositoryEndpoint"])')" || die "get-repository-endpoint for maven failed"
token="$(curl -sf $SIGV4 -X POST "$cp/authorization-token?domain=bench" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["authorizationToken"])')" || die "get-authorization-token failed"
probe="${endpoint%/}/org/apache/maven/plugins/maven-dependency-plugin/maven-metadata.xml"
code="$(curl -s -o /dev/null -w '%{http_code}' -u "aws:$token" "$probe")"
[[ "$code" == 200 ]] || die "Maven endpoint not available yet (issue 5): GET $probe answered HTTP $code"

cat >"$WORK/settings-packyard.xml" <<XML
<settings>
  <mirrors><mirror><id>packyard</id><mirrorOf>*</mirrorOf><url>$endpoint</url></mirror></mirrors>
  <servers><server><id>packyard</id><username>aws</username><password>$token</password></server></servers>
</settings>
XML
echo '<settings/>' >"$WORK/settings-direct.xml"
resolve() { # SETTINGS: prints milliseconds for one resolution into an empty local repository
  local repo start; repo="$(mktemp -d)"
  start=$(date +%s%N)
  (cd "$BENCH_DIR/maven-fixture" && mvn -B -q -s "$1" -Dmaven.repo.local="$repo" dependency:resolve dependency:resolve-plugins \
     >"$WORK/maven-resolve.log" 2>&1) || { tail -20 "$WORK/maven-resolve.log"; die "resolution with $1 failed"; }
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  rm -rf "$repo"
}
echo "warming Packyard's cache: $(resolve "$WORK/settings-packyard.xml") ms (cold, not counted)"
P=(); D=()
for r in $(seq 1 "$ROUNDS"); do
  if (( r % 2 )); then P+=("$(resolve "$WORK/settings-packyard.xml")"); D+=("$(resolve "$WORK/settings-direct.xml")")
  else D+=("$(resolve "$WORK/settings-direct.xml")"); P+=("$(resolve "$WORK/settings-packyard.xml")"); fi
  echo "round $r: packyard ${P[-1]} ms, direct ${D[-1]} ms"
done
pm=$(printf '%s\n' "${P[@]}" | median); dm=$(printf '%s\n' "${D[@]}" | median)
echo "dependency resolution medians: through Packyard (warm) $pm ms, direct $dm ms"
awk -v p="$pm" -v d="$dm" 'BEGIN { printf "Packyard/direct: %.2f\n", p / d }'
rm -rf "$data"
