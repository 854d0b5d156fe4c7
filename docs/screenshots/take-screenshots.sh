#!/bin/bash
# Retakes the console screenshots in this folder from a real window under Xvfb.
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
