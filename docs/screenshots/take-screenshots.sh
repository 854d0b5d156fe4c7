#!/bin/bash
# Retakes the console screenshots in this folder from a real window under Xvfb ('demo' as argument: only the
# offline-demo screens).
# Needs: libgtk-3-0 xvfb xdotool imagemagick, and a build (mvn -B -o -q package -DskipTests; the seeding program
# lives in target/test-classes). Click positions assume the 1440x900 screen below and the window's default size.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/docs/screenshots"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$ROOT/target/lib/*" \
    dev.packyard.ui.testing.SampleCatalog "$WORK/seeded" > /dev/null 2>&1

# One console session: start, optionally switch to dark (Ctrl+Shift+D), run the steps, stop.
session() {
    local data=$1 theme=$2 steps=$3
    xvfb-run -a -s "-screen 0 1440x900x24" bash -c "
        java -jar '$ROOT/target/packyard.jar' --data-dir '$data' > '$WORK/console.log' 2>&1 &
        pid=\$!
        timeout 40 xdotool search --sync --onlyvisible --name Packyard > /dev/null
        sleep 3
        snap() { sleep 1.5; import -window root \"$WORK/\$1.png\"; convert \"$WORK/\$1.png\" -trim +repage \"$OUT/\$1.png\"; }
        click() { xdotool mousemove \$1 \$2 click 1; sleep 0.5; }
        click 700 52
        if [ '$theme' = dark ]; then xdotool key ctrl+shift+d; fi
        $steps
        kill \$pid; wait \$pid 2>/dev/null || true"
}

if [ "${1:-all}" != demo ]; then
session "$WORK/seeded" light 'snap console-domains-light
    click 195 282; snap repository-light
    click 788 164; snap repository-connect-light
    click 674 164; click 600 383; xdotool key Return; snap package-light'
session "$WORK/seeded" dark 'snap console-domains-dark
    click 195 282; click 543 164; snap repository-upstreams-dark
    click 674 164; click 600 383; xdotool key Return; snap package-dark'
session "$WORK/empty-light" light 'snap welcome-light
    xdotool key ctrl+n; sleep 2; xdotool type --delay 80 Bad_Name; snap create-domain-validation-light'
session "$WORK/empty-dark" dark 'snap welcome-dark'
fi

# The offline demo with real fetches (the console's "Fetch a package…"), a slow drip to watch progress, and an npm
# outage made with the demo registry's /_demo/ HTTP controls. The demo registry listens on the console's other port.
demo_session() {
    local theme=$1
    xvfb-run -a -s "-screen 0 1440x900x24" bash -c "
        set -u
        java -jar '$ROOT/target/packyard.jar' --demo --data-dir '$WORK/demo-$theme' --port 0 > '$WORK/console.log' 2>&1 &
        pid=\$!
        timeout 40 xdotool search --sync --onlyvisible --name Packyard > /dev/null
        sleep 4
        port=\$(ss -ltnp | grep \"pid=\$pid,\" | grep -o '127.0.0.1\\]:[0-9]*' | cut -d: -f2 | while read p; do
            curl -sf http://127.0.0.1:\$p/_demo/status > /dev/null && echo \$p; done | head -1)
        demo() { curl -s -X \$1 \"http://127.0.0.1:\$port/_demo/\$2\" > /dev/null; }
        snap() { sleep 1; import -window root \"$WORK/\$1.png\"; convert \"$WORK/\$1.png\" -trim +repage \"$OUT/\$1.png\"; }
        click() { xdotool mousemove \$1 \$2 click 1; sleep 0.5; }
        fetch() { click 1148 114; sleep 0.7; click 718 469; xdotool type --delay 20 \"\$1\";
            if [ -n \"\${2:-}\" ]; then xdotool key Tab; xdotool type --delay 20 \"\$2\"; fi; xdotool key Return; sleep 0.8; }
        click 700 52
        if [ '$theme' = dark ]; then xdotool key ctrl+shift+d; fi
        click 173 154
        fetch tree-leaf; fetch string-kit; fetch tree-middle; sleep 6
        demo POST 'npm/slow-drip?chunkBytes=16&pauseMillis=300'
        fetch tree-leaf 1.0.0; fetch string-kit 1.0.0; fetch tree-middle 2.0.0; sleep 1.5
        snap tasks-panel-$theme
        sleep 7; fetch tree-leaf 1.1.0; click 146 315; sleep 0.5
        snap tasks-$theme
        sleep 8; demo DELETE npm/slow-drip
        click 173 154; click 664 164; sleep 1; xdotool mousemove 422 342 click --repeat 2 --delay 80 1; sleep 2
        snap package-staleness-$theme
        demo POST 'npm/outage?mode=503'
        click 173 154
        for i in 1 2 3 4 5 6; do fetch tiny-date; sleep 1; xdotool key Return; sleep 0.5; done
        click 200 283
        snap connections-outage-$theme
        click 171 347; sleep 1
        snap demo-$theme
        kill \$pid; wait \$pid 2>/dev/null || true"
}
demo_session light
demo_session dark
