#!/usr/bin/env bash
# Checks that the JDK modules jlinked into the runtime (pom.xml, dist.jdk.modules) cover every module
# jdeps finds in the app and its libraries. Run after mvn -Pdist package; exit 1 names what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
input=target/dist/input

found=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
  --module-path target/dist/modules "$input/m365-connect.jar" "$input"/lib/*.jar 2>/dev/null)
listed=$(sed -n 's:.*<dist.jdk.modules>\(.*\)</dist.jdk.modules>.*:\1:p' pom.xml)
missing=()
for module in ${found//,/ }; do
  case "$module" in java.* | jdk.*) ;; *) continue ;; esac # JavaFX and Jackson are linked by name
  [[ ",$listed," == *",$module,"* ]] || missing+=("$module")
done
echo "jdeps: $found"
if ((${#missing[@]})); then
  echo "Missing from dist.jdk.modules in pom.xml: ${missing[*]}" >&2
  exit 1
fi
echo "pom.xml dist.jdk.modules covers them."
