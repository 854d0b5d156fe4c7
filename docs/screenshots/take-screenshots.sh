#!/bin/bash
# Retakes the console screenshots in this folder from a real window under Xvfb, each screen in light and dark
# ('demo' as argument: only the offline-demo screens; 'catalog': only the others).
# Needs: libgtk-3-0 xvfb xdotool imagemagick, and a build (mvn -B -o -q package -DskipTests; the seeding program
# lives in target/test-classes). Clicks are relative to the window, whose default size is 1280x800, on a 1440x900
# screen.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/docs/screenshots"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
WHAT=${1:-all}

java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$ROOT/target/packyard.jar" \
    dev.packyard.ui.testing.SampleCatalog "$WORK/seeded" > /dev/null 2>&1

# Shell functions every session uses: snap NAME, click X Y (in the window), nav N (a click on the tree's Nth row, 0 =
# Domains; rows are 32 px high and the tree is fully expanded), settings (Home/End in the tree: its last row).
HELPERS='
snap() { sleep 1.5; import -window root "$WORK/$1.png"; convert "$WORK/$1.png" -trim +repage "$OUT/$1.png"; }
click() { xdotool mousemove --window "$wid" "$1" "$2" click 1; sleep 0.5; }
nav() { click 140 $((58 + 32 * $1)); sleep 1.5; }
settings() { click 140 58; xdotool key End; sleep 1.5; }
'

# One console session: start, optionally switch to dark (Ctrl+Shift+D), run the steps, stop.
session() {
    local data=$1 theme=$2 steps=$3 options=${4:-}
    xvfb-run -a -s "-screen 0 1440x900x24" env WORK="$WORK" OUT="$OUT" bash -c "
        set -u
        $HELPERS
        java -jar '$ROOT/target/packyard.jar' $options --data-dir '$data' > '$WORK/console.log' 2>&1 &
        pid=\$!
        wid=\$(timeout 40 xdotool search --sync --onlyvisible --name Packyard | head -1)
        sleep 4
        click 640 20
        if [ '$theme' = dark ]; then xdotool key ctrl+shift+d; sleep 0.5; fi
        $steps
        kill \$pid; wait \$pid 2>/dev/null || true"
}

# Seeded catalogue, tree rows: 0 Domains, 1 acme, 2 its metadata cache, 3-7 maven-central-store, npm-store, pypi-store,
# shared, team-app, 8 sandbox, 9 its metadata cache, 10 playground, then connections, tasks, demo, settings.
# Repository tabs: Overview 340, Upstreams 463, Packages 584, Connect 697 (y 131).
catalog() {
    local theme=$1
    session "$WORK/seeded" "$theme" "snap console-domains-$theme
        nav 7; snap repository-$theme
        click 463 131; snap repository-upstreams-$theme
        click 697 131; snap repository-connect-$theme
        click 584 131; click 520 250; xdotool key Return; snap package-$theme
        nav 9; snap metadata-cache-empty-$theme
        settings; snap settings-$theme"
    session "$WORK/empty-$theme" "$theme" "snap welcome-$theme
        xdotool key ctrl+n; sleep 2; xdotool type --delay 80 Bad_Name; snap create-domain-validation-$theme"
}

# The offline demo with real fetches (the console's "Fetch a package…"), a slow drip to watch progress, and an npm
# outage made with the demo registry's /_demo/ HTTP controls. The demo registry listens on the console's other port.
# Demo tree rows: 0 Domains, 1 demo, 2 its metadata cache, 3 app, 4-6 stores, 7 connections, 8 tasks, 9 demo, 10 settings.
demo_session() {
    local theme=$1
    session "$WORK/demo-$theme" "$theme" "
        secret=\"X-Packyard-Demo-Secret: \$(cat '$WORK/demo-$theme/demo-control-secret')\"
        port=\$(ss -ltnp | grep \"pid=\$pid,\" | grep -o '127.0.0.1\\]:[0-9]*' | cut -d: -f2 | while read p; do
            curl -sf -H \"\$secret\" http://127.0.0.1:\$p/_demo/status > /dev/null && echo \$p; done | head -1)
        demo() { curl -s -H \"\$secret\" -X \$1 \"http://127.0.0.1:\$port/_demo/\$2\" > /dev/null; }
        fetch() { click 1068 81; sleep 0.7; xdotool mousemove 718 469 click 1; sleep 0.3; xdotool type --delay 20 \"\$1\";
            if [ -n \"\${2:-}\" ]; then xdotool key Tab; xdotool type --delay 20 \"\$2\"; fi; xdotool key Return; sleep 0.8; }
        nav 3
        fetch tree-leaf; fetch string-kit; fetch tree-middle; sleep 6
        demo POST 'npm/slow-drip?chunkBytes=16&pauseMillis=300'
        fetch tree-leaf 1.0.0; fetch string-kit 1.0.0; fetch tree-middle 2.0.0; sleep 1.5
        snap task-strip-$theme
        sleep 7; fetch tree-leaf 1.1.0; nav 8
        snap tasks-$theme
        sleep 8; demo DELETE npm/slow-drip
        nav 3; click 584 131; sleep 1; xdotool mousemove --window \$wid 342 309 click --repeat 2 --delay 80 1; sleep 2
        snap package-staleness-$theme
        nav 3; fetch color-log; sleep 3; nav 2; sleep 2
        snap metadata-cache-$theme
        demo POST 'npm/outage?mode=503'
        nav 3
        for i in 1 2 3 4 5 6; do fetch tiny-date; sleep 1; xdotool key Return; sleep 0.5; done
        nav 7
        snap connections-outage-$theme
        sleep 12; nav 2; sleep 2
        snap metadata-cache-outage-$theme
        nav 9; sleep 1
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
