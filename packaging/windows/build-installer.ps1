# Builds Packyard's Windows installer (.msi) from target\packyard.jar and target\lib.
# Run on Windows with a JDK 17 (with jmods) on PATH or in JAVA_HOME and the WiX Toolset 3.x on PATH:
#   mvn -B package ; powershell -ExecutionPolicy Bypass -File packaging\windows\build-installer.ps1
# It cannot run on the Linux build machines: jpackage only makes installers for the system it runs on.
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
$target = Join-Path $root "target"
$work = Join-Path $target "jpackage-work"
$out = Join-Path $target "installer"
$jdk = if ($env:JAVA_HOME) { $env:JAVA_HOME } else { Split-Path (Split-Path (Get-Command javac).Source) }

Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$work\input\lib", "$work\javafx", $out | Out-Null
Copy-Item "$target\packyard.jar" "$work\input\"
Get-ChildItem "$target\lib\*.jar" | ForEach-Object {
  if ($_.Name -like "javafx-*-win.jar") { Copy-Item $_.FullName "$work\javafx\" }
  elseif ($_.Name -notlike "javafx-*") { Copy-Item $_.FullName "$work\input\lib\" }
}
$jdkModules = & "$jdk\bin\jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 --class-path "$work\input\lib\*" "$work\input\packyard.jar"
$modules = "$jdkModules,jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.zipfs,java.sql,java.naming,java.management,jdk.unsupported,jdk.net,javafx.base,javafx.graphics,javafx.controls,javafx.swing"
& "$jdk\bin\jlink" --module-path "$jdk\jmods;$work\javafx" --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=2 --output "$work\runtime"
# The file association for topology files (*.packyard): the shared description plus this platform's icon.
$associations = Join-Path $work "topology-file.properties"
$icon = (Join-Path $root "icons\packyard.ico") -replace '\\', '/'
(Get-Content (Join-Path $root "packaging\topology-file.properties")) + "icon=$icon" | Set-Content -Encoding ASCII $associations
$javaOptions = Get-Content "$root\packaging\java-options" | Where-Object { $_ -notmatch '^\s*(#|$)' } |
  ForEach-Object { "--java-options"; $_ }
& "$jdk\bin\jpackage" --type msi @javaOptions --name Packyard --app-version 0.1.0 --vendor Packyard `
  --description "Desktop console and local artifact repository on AWS CodeArtifact's model" `
  --input "$work\input" --main-jar packyard.jar --main-class dev.packyard.app.Launcher `
  --runtime-image "$work\runtime" --icon "$root\icons\packyard.ico" --dest $out `
  --license-file "$root\packaging\LICENSE.txt" --file-associations $associations `
  --win-menu --win-menu-group Packyard --win-shortcut --win-dir-chooser --win-per-user-install `
  --win-upgrade-uuid 6f1d3c2e-8a4b-4c57-9d2e-5b7a1f0c9e31
