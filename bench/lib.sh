# Shared by the bench/run-*.sh scripts: paths, compiling the benchmark classes, running them, machine facts.
set -euo pipefail
# Packyard takes only SigV4-signed control-plane requests; curl signs them (dummy keys are enough).
SIGV4="--aws-sigv4 aws:amz:us-east-1:codeartifact --user packyard:packyard"
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
WORK="$BENCH_DIR/work"
mkdir -p "$WORK"
# Headless JavaFX (Monocle) for the in-process console benchmarks; BENCH_GUI=1 uses the X display (GTK) instead.
if [[ "${BENCH_GUI:-0}" == 1 ]]; then
  FX_FLAGS=()
else
  FX_FLAGS=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true)
fi

# Compiles main and test classes (not the tests' execution) and writes the test classpath once.
bench_compile() {
  (cd "$ROOT" && mvn -B -q ${MVN_FLAGS:-} test-compile \
     && mvn -B -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test)
}

# Runs a benchmark main class with the test classpath: bench_java [JVM FLAGS...] CLASS [ARGS...]
bench_java() {
  java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/classpath.txt")" "$@"
}

# Packyard runs with the JVM options its installers ship (packaging/java-options, the -XX ones), so the figures are
# those of the installed application; PACKYARD_JAVA_OPTS overrides them (set it empty for the JVM's defaults).
PACKYARD_JAVA_OPTS="${PACKYARD_JAVA_OPTS-$(grep '^-XX' "$ROOT/packaging/java-options" | tr '\n' ' ')}"

bench_jar() {
  if [[ ! -f "$ROOT/target/packyard.jar" || -n "$(find "$ROOT/src/main" -newer "$ROOT/target/packyard.jar" -print -quit)" ]]; then
    (cd "$ROOT" && mvn -B -q ${MVN_FLAGS:-} package -DskipTests)
  fi
}

machine() {
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "java: $(java -version 2>&1 | head -1)"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

die() { echo "bench: $*" >&2; exit 2; }
