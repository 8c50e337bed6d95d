#!/usr/bin/env bash
# P5: sizes of what a person downloads and what lands on disk. Run after
#   mvn -B -Pdist -DskipTests package                      (app-image)
#   mvn -B -Pdist -DskipTests package -Djpackage.type=deb  (DEB; each dist build cleans target/dist)
# so keep a copy of the first result, or pass directories/files to measure as arguments.
set -euo pipefail
cd "$(dirname "$0")/../.."

mib() { echo "scale=1; $1 / 1048576" | bc; }
measure() {
  local path=$1
  if [[ -d "$path" ]]; then
    printf '%-60s %8s MiB (directory)\n' "$path" "$(mib "$(du -sb "$path" | cut -f1)")"
  elif [[ -f "$path" ]]; then
    printf '%-60s %8s MiB\n' "$path" "$(mib "$(stat -c %s "$path")")"
  fi
}
if (($#)); then
  for path in "$@"; do measure "$path"; done
else
  measure "target/dist/M365 Connect"
  measure target/dist/runtime
  for deb in target/dist/*.deb; do measure "$deb"; done
fi
