#!/usr/bin/env bash
# Builds Packyard's macOS disk image (.dmg) from target/packyard.jar and target/lib.
# Run on macOS with a JDK 17 (with jmods):  mvn -B package && packaging/macos/build-installer.sh
# It cannot run on the Linux build machines: jpackage only makes installers for the system it runs on.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="$root/target"; work="$target/jpackage-work"; out="$target/installer"
jdk="${JAVA_HOME:-$(/usr/libexec/java_home -v 17)}"
rm -rf "$work" && mkdir -p "$work/input/lib" "$work/javafx" "$out"
cp "$target/packyard.jar" "$work/input/"
for jar in "$target"/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-mac*.jar) cp "$jar" "$work/javafx/" ;;
    javafx-*) ;;
    *) cp "$jar" "$work/input/lib/" ;;
  esac
done
mods="$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 --class-path "$work/input/lib/*" "$work/input/packyard.jar")"
"$jdk/bin/jlink" --module-path "$jdk/jmods:$work/javafx" \
  --add-modules "$mods,jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.zipfs,java.sql,java.naming,java.management,jdk.unsupported,jdk.net,javafx.base,javafx.graphics,javafx.controls,javafx.swing" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$work/runtime"
# The file association for topology files (*.packyard): the shared description plus this platform's icon.
{ cat "$root/packaging/topology-file.properties"; echo "icon=$root/icons/packyard.icns"; } > "$work/topology-file.properties"
java_options=()
while read -r option; do java_options+=(--java-options "$option"); done < <(grep -v '^\s*\(#\|$\)' "$root/packaging/java-options")
"$jdk/bin/jpackage" --type dmg "${java_options[@]}" --name Packyard --app-version 0.1.0 --vendor Packyard \
  --description "Desktop console and local artifact repository on AWS CodeArtifact's model" \
  --input "$work/input" --main-jar packyard.jar --main-class dev.packyard.app.Launcher \
  --runtime-image "$work/runtime" --icon "$root/icons/packyard.icns" --dest "$out" \
  --license-file "$root/packaging/LICENSE.txt" --file-associations "$work/topology-file.properties" \
  --mac-package-identifier dev.packyard.console \
  --mac-package-name Packyard --mac-app-category public.app-category.developer-tools
