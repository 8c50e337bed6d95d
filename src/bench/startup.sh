#!/usr/bin/env bash
# P1 and P4 (smoke): start-up time to the first frame and peak RSS of the packaged app against a bare
# JavaFX window packaged the same way (same runtime image, same Java options), both run with --smoke under X
# (the bare window exits after its first frame, the app after the wizard's, which follows its skeleton's).
# Runs are interleaved so machine load hits every variant alike.
#
#   mvn -B -Pdist -DskipTests package      # builds target/dist/M365 Connect and target/dist/runtime
#   src/bench/startup.sh [runs]            # default 7 runs per variant after one warm-up round
#
# Variants: app, hello (as built) and the "before" figures of each start-up measure kept in the build:
# app-no-cds / hello-no-cds (the CDS archive removed from a copy), app-g1 (without -XX:+UseSerialGC).
# VARIANTS="app hello" limits the set. Needs Xvfb (or an X display in DISPLAY) and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-7}
variants=${VARIANTS:-"app hello app-no-cds hello-no-cds app-g1"}
dist=target/dist
out=target/bench
app_image="$dist/M365 Connect"
if [[ ! -x "$app_image/bin/M365 Connect" ]]; then
  echo "No app-image: run mvn -B -Pdist -DskipTests package first." >&2
  exit 2
fi
rm -rf "$out" && mkdir -p "$out/hello-classes" "$out/hello-input"

# The bare window, compiled and packaged like the app (Java options taken from jpackage.cfg).
javac --release 17 -d "$out/hello-classes" --module-path "$dist/modules" \
  --add-modules javafx.controls src/bench/hello/*.java
jar --create --file "$out/hello-input/hello.jar" -C "$out/hello-classes" .
mapfile -t java_options < <(sed -n 's/^--java-options[[:space:]]\{1,\}//p' jpackage.cfg)
jpackage_java_options=()
for option in "${java_options[@]}"; do jpackage_java_options+=(--java-options "$option"); done
jpackage --type app-image --name hello --input "$out/hello-input" --main-jar hello.jar \
  --main-class bench.hello.HelloLauncher --runtime-image "$dist/runtime" --dest "$out" \
  "${jpackage_java_options[@]}"

# "Before" variants: hard-linked copies with one measure taken out again.
cp -al "$app_image" "$out/app-no-cds"
rm -f "$out/app-no-cds/lib/runtime/lib/server/classes.jsa"
cp -al "$out/hello" "$out/hello-no-cds"
rm -f "$out/hello-no-cds/lib/runtime/lib/server/classes.jsa"
cp -al "$app_image" "$out/app-g1"
sed -i '/UseSerialGC/d' "$out/app-g1/lib/app/M365 Connect.cfg"

launcher() {
  case "$1" in
    app) echo "$app_image/bin/M365 Connect" ;;
    hello | hello-no-cds) echo "$out/$1/bin/hello" ;;
    *) echo "$out/$1/bin/M365 Connect" ;;
  esac
}

xvfb_pid=""
if [[ -z "${DISPLAY:-}" ]]; then
  export DISPLAY=:${BENCH_DISPLAY:-97}
  Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
  sleep 1
fi

# One run, appended to $out/<variant>.tsv: wall time from fork to exit (ms), peak RSS (KiB), CPU time (user +
# system, ms; less sensitive to other load on the machine than wall time), and, from fork to the clock time
# the process logs for it: its first frame drawn (the app: the wizard's skeleton; the bare window: its label)
# and, for the app, the wizard's first frame, after which its smoke run exits. 0 where a figure is not logged.
home="$out/home"
measure() {
  local variant=$1 bin start end
  bin=$(launcher "$variant")
  rm -rf "$home"
  start=$(date +%s%N)
  if ! M365CONNECT_HOME="$home" /usr/bin/time -f '%M %U %S' -o "$out/time.tmp" "$bin" --smoke >"$out/last.log" 2>&1; then
    echo "$variant failed its smoke run:" >&2
    cat "$out/last.log" >&2
    exit 1
  fi
  end=$(date +%s%N)
  read -r rss user sys < <(tail -1 "$out/time.tmp")
  printf '%d\t%d\t%d\t%d\t%d\n' $(((end - start) / 1000000)) "$rss" "$(echo "($user + $sys) * 1000 / 1" | bc)" \
    "$(logged 'first frame shown' "$start")" "$(logged 'wizard shown' "$start")" >>"$out/$variant.tsv"
}
# Milliseconds from the fork (ns since the epoch) to the "(at EPOCH-MS)" of the last "<what> …" line the run
# printed or logged; 0 when there is none.
logged() {
  local at
  at=$(cat "$out/last.log" "$home/logs/m365connect.log" 2>/dev/null | grep "$1" | tail -1 |
    sed -n 's/.*(at \([0-9]*\)).*/\1/p')
  at=${at:-0}
  echo $((at > 0 ? at - $2 / 1000000 : 0))
}

for variant in $variants; do measure "$variant"; rm -f "$out/$variant.tsv"; done # warm-up round
for ((i = 1; i <= runs; i++)); do
  for variant in $variants; do measure "$variant"; done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
col() { cut -f"$2" "$out/$1.tsv" | median; }
ratio() { echo "$1 / $2" | bc -l; }
{
  echo "runs per variant: $runs (after one warm-up round), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-14s %11s %8s %8s %12s %14s %14s %13s\n' variant median_ms min_ms max_ms median_cpu_ms median_rss_MiB \
    first_frame_ms wizard_ms
  for variant in $variants; do
    f="$out/$variant.tsv"
    printf '%-14s %11d %8d %8d %12d %14.1f %14d %13d\n' "$variant" "$(col "$variant" 1)" \
      "$(cut -f1 "$f" | sort -n | head -1)" "$(cut -f1 "$f" | sort -n | tail -1)" \
      "$(col "$variant" 3)" "$(echo "$(col "$variant" 2) / 1024" | bc -l)" "$(col "$variant" 4)" "$(col "$variant" 5)"
  done
  if [[ -f "$out/app.tsv" && -f "$out/hello.tsv" ]]; then
    printf 'P1 app / hello, first frame: %.2f\n' "$(ratio "$(col app 4)" "$(col hello 4)")"
    printf 'P1 app / hello, process start to exit (app: wizard shown): %.2f  (CPU time: %.2f)\n' \
      "$(ratio "$(col app 1)" "$(col hello 1)")" "$(ratio "$(col app 3)" "$(col hello 3)")"
    printf 'P4 app / hello (peak RSS, smoke run): %.2f\n' "$(ratio "$(col app 2)" "$(col hello 2)")"
  fi
} | tee "$out/startup.txt"
