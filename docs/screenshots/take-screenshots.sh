#!/bin/bash
# Retakes the console screenshots in this folder from a real window under Xvfb, each screen in light and dark
# ('demo' as argument: only the offline-demo screens; 'catalog': only the others).
# Needs: libgtk-3-0 xvfb xdotool imagemagick, and a build (mvn -B -o -q package -DskipTests; the seeding program and
# the screenshot driver live in target/test-classes). The window is driven by looking its nodes up, not by clicking
# at positions: ui/testing/ScreenshotDriver runs inside the console and takes one command a line from a pipe
# (nav TEXT [N], fire ID, text ID VALUE, select TABLE TEXT|@N, enter ID, wait ID); only keys go through xdotool.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/docs/screenshots"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
WHAT=${1:-all}
CP="$ROOT/target/test-classes:$ROOT/target/classes:$ROOT/target/packyard.jar"

java -cp "$CP" dev.packyard.ui.testing.SampleCatalog "$WORK/seeded" > /dev/null 2>&1

# Shell functions every session uses: snap NAME, and cmd COMMAND, which hands a command to the driver and waits until
# the driver says it is done (then a moment for the screen to settle).
HELPERS='
snap() { sleep 1.5; import -window root "$WORK/$1.png"; convert "$WORK/$1.png" -trim +repage "$OUT/$1.png"; }
cmd() { local n; n=$(wc -l < "$WORK/acks"); echo "$*" >&3
    while [ "$(wc -l < "$WORK/acks")" -le "$n" ]; do sleep 0.1; done
    tail -1 "$WORK/acks" | grep -q -- "-> failed" && echo "screenshot step failed: $(tail -1 "$WORK/acks")" >&2; sleep 0.8; }
'

# One console session: start, optionally switch to dark (Ctrl+Shift+D), run the steps, stop.
session() {
    local data=$1 theme=$2 steps=$3 options=${4:-}
    rm -f "$WORK/commands" "$WORK/acks"; mkfifo "$WORK/commands"; : > "$WORK/acks"
    xvfb-run -a -s "-screen 0 1440x900x24" env WORK="$WORK" OUT="$OUT" bash -c "
        set -u
        $HELPERS
        java -Dpackyard.tour.commands='$WORK/commands' -Dpackyard.tour.acks='$WORK/acks' -cp '$CP' \
            dev.packyard.app.ScreenshotConsole $options --data-dir '$data' > '$WORK/console.log' 2>&1 &
        pid=\$!
        exec 3> '$WORK/commands'
        wid=\$(timeout 40 xdotool search --sync --onlyvisible --name Packyard | head -1)
        sleep 4
        xdotool windowfocus --sync \$wid
        if [ '$theme' = dark ]; then xdotool key ctrl+shift+d; sleep 0.5; fi
        $steps
        exec 3>&-
        kill \$pid; wait \$pid 2>/dev/null || true"
}

# Seeded catalogue: domains acme (its repositories include team-app) and sandbox, each with a metadata cache.
catalog() {
    local theme=$1
    session "$WORK/seeded" "$theme" "snap console-domains-$theme
        cmd nav team-app; snap repository-$theme
        cmd fire tab-upstreams; snap repository-upstreams-$theme
        cmd fire tab-connect; snap repository-connect-$theme
        cmd fire tab-packages; cmd select package-table @0; cmd enter package-table; cmd wait package-screen
        snap package-$theme
        cmd nav 'Metadata cache' 2; snap metadata-cache-empty-$theme
        cmd nav Settings; snap settings-$theme"
    session "$WORK/empty-$theme" "$theme" "snap welcome-$theme
        xdotool key ctrl+n; cmd wait field-domain-name; cmd text field-domain-name Bad_Name
        snap create-domain-validation-$theme"
}

# The offline demo with real fetches (the console's "Fetch a package…"), a slow drip to watch progress, and an npm
# outage made with the demo registry's /_demo/ HTTP controls. The demo registry listens on the console's other port.
# A fetch the registry cannot serve opens its form again with the reason: the outage steps cancel it.
demo_session() {
    local theme=$1
    session "$WORK/demo-$theme" "$theme" "
        secret=\"X-Packyard-Demo-Secret: \$(cat '$WORK/demo-$theme/demo-control-secret')\"
        port=\$(ss -ltnp | grep \"pid=\$pid,\" | grep -o '127.0.0.1\\]:[0-9]*' | cut -d: -f2 | while read p; do
            curl -sf -H \"\$secret\" http://127.0.0.1:\$p/_demo/status > /dev/null && echo \$p; done | head -1)
        demo() { curl -s -H \"\$secret\" -X \$1 \"http://127.0.0.1:\$port/_demo/\$2\" > /dev/null; }
        fetch() { cmd fire fetch-package; cmd wait field-fetch-name; cmd text field-fetch-name \"\$1\"
            if [ -n \"\${2:-}\" ]; then cmd text field-fetch-version \"\$2\"; fi; cmd fire form-submit; }
        cmd nav app
        fetch tree-leaf; fetch string-kit; fetch tree-middle; sleep 6
        demo POST 'npm/slow-drip?chunkBytes=16&pauseMillis=300'
        fetch tree-leaf 1.0.0; fetch string-kit 1.0.0; fetch tree-middle 2.0.0; sleep 1.5
        snap task-strip-$theme
        sleep 7; fetch tree-leaf 1.1.0; cmd nav Tasks
        snap tasks-$theme
        sleep 8; demo DELETE npm/slow-drip
        cmd nav app; cmd fire tab-packages; cmd select package-table tree-leaf; cmd enter package-table; cmd wait package-screen
        snap package-staleness-$theme
        cmd nav app; fetch color-log; sleep 3; cmd nav 'Metadata cache'; sleep 2
        snap metadata-cache-$theme
        demo POST 'npm/outage?mode=503'
        cmd nav app
        for i in 1 2 3 4 5 6; do fetch tiny-date; cmd wait form-refusal; cmd fire form-cancel; done
        cmd nav 'External connections'
        snap connections-outage-$theme
        sleep 12; cmd nav 'Metadata cache'; sleep 2
        snap metadata-cache-outage-$theme
        cmd nav 'Offline demo'; sleep 1
        snap demo-$theme" "--demo --port 0"
}

if [ "$WHAT" != demo ]; then
    catalog light
    catalog dark
fi
if [ "$WHAT" != catalog ]; then
    demo_session light
    demo_session dark
fi
