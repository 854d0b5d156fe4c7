#!/usr/bin/env bash
# Builds Packyard's Linux installers from target/packyard.jar and target/lib (run `mvn -B package` first).
#   packaging/linux/build-installer.sh [app-image|deb|rpm]...   (default: app-image deb)
# Steps: jdeps finds the JDK modules the code needs -> jlink builds a trimmed runtime with JavaFX linked in as
# modules (so JavaFX runs as a supported module configuration) -> jpackage makes the app-image -> deb/rpm.
# Needs a JDK 17 with jmods (Debian: openjdk-17-jmods), fakeroot for .deb, rpm for .rpm, binutils (objcopy).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="$root/target"
out="$target/installer"
work="$target/jpackage-work"
types=("$@")
[ ${#types[@]} -gt 0 ] || types=(app-image deb)

jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
for tool in jdeps jlink jpackage; do
  [ -x "$jdk/bin/$tool" ] || { echo "packaging: $jdk/bin/$tool not found; set JAVA_HOME to a full JDK 17" >&2; exit 1; }
done
[ -d "$jdk/jmods" ] || { echo "packaging: $jdk/jmods is missing; install the JDK's jmods (Debian: openjdk-17-jmods)" >&2; exit 1; }
[ -f "$target/packyard.jar" ] || { echo "packaging: run 'mvn -B package' first" >&2; exit 1; }

version="$(unzip -p "$target/packyard.jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"
app_version="${version%%-*}"

rm -rf "$work" && mkdir -p "$work/input/lib" "$work/javafx" "$out"
cp "$target/packyard.jar" "$work/input/"
for jar in "$target"/lib/*.jar; do
  name="$(basename "$jar")"
  case "$name" in
    javafx-*-linux.jar) cp "$jar" "$work/javafx/" ;;   # linked into the runtime as modules
    javafx-*) ;;                                       # empty placeholder jars
    *) cp "$jar" "$work/input/lib/" ;;
  esac
done

echo "packaging: finding JDK modules with jdeps"
jdk_modules="$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  --class-path "$work/input/lib/*" "$work/input/packyard.jar" 2>/dev/null || true)"
# Service providers and reflective users jdeps cannot see (TLS curves, locales, charsets, zip fs, H2's JDBC/JNDI).
extra="jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.zipfs,java.sql,java.naming,java.management,jdk.unsupported,jdk.net"
fx_modules="javafx.base,javafx.graphics,javafx.controls,javafx.swing"
modules="$(echo "${jdk_modules:-java.base},$extra,$fx_modules" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)"

echo "packaging: jlink runtime with $modules"
"$jdk/bin/jlink" --module-path "$jdk/jmods:$work/javafx" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$work/runtime"

common=(--name Packyard --app-version "$app_version" --vendor "Packyard"
  --description "Desktop console and local artifact repository on AWS CodeArtifact's model"
  --copyright "Packyard contributors")

java_options=()
while read -r option; do java_options+=(--java-options "$option"); done < <(grep -v '^\s*\(#\|$\)' "$here/../java-options")

echo "packaging: app-image"
rm -rf "$out/Packyard"
"$jdk/bin/jpackage" --type app-image "${common[@]}" --dest "$out" \
  --input "$work/input" --main-jar packyard.jar --main-class dev.packyard.app.Launcher \
  --runtime-image "$work/runtime" --icon "$root/icons/packyard-256.png" \
  "${java_options[@]}"

# The file association for topology files: jpackage writes the shared-mime-info XML (globs *.packyard and, Linux
# matching whole names, *.packyard.json too) and the desktop entry's MimeType line; resources/Packyard.desktop
# adds %f to its Exec line so the file manager passes the file.
associations="$work/topology-file.properties"
{ sed 's/^extension=.*/& packyard.json/' "$here/../topology-file.properties"; echo "icon=$root/icons/packyard-128.png"; } \
  > "$associations"

for type in "${types[@]}"; do
  case "$type" in
    app-image) ;;
    deb|rpm)
      echo "packaging: $type"
      "$jdk/bin/jpackage" --type "$type" --dest "$out" --app-image "$out/Packyard" "${common[@]}" \
        --linux-package-name packyard --linux-app-category Development --linux-menu-group "Development" \
        --linux-package-deps "libgtk-3-0, libgl1" --license-file "$here/../LICENSE.txt" --icon "$root/icons/packyard-256.png" \
        --linux-shortcut --resource-dir "$here/resources" --file-associations "$associations"
      ;;
    *) echo "packaging: unknown type '$type' (use app-image, deb or rpm)" >&2; exit 2 ;;
  esac
done
du -sh "$out"/* | sed 's/^/packaging: /'
