#!/usr/bin/env bash
# Times `m365-connect cert convert` against openssl on the same PKCS#12 files (not part of `mvn verify`).
#   src/bench/cert-convert.sh [RUNS]        (default 11 runs; prints medians in milliseconds)
# 1. one PFX → PEM pair, a fresh JVM per call: `java -jar target/app/m365-connect.jar` plain and with the
#    start-up settings that help short calls, and, when `mvn -Pdist package` has built it, the packaged app:
#    its command line (lib/app/m365-connect, the script the DEB links as /usr/bin/m365-connect; its first run
#    makes the command's class archive in a fresh cache folder and is timed on its own), jpackage's launcher
#    bin/"M365 Connect" (which asks rpm and dpkg about itself on each start), and the runtime's java, which
#    runs the same as the script but without the class archive;
# 2. 200 PFX files in one call vs a 200-iteration openssl loop (Blink's two openssl commands per file).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-11}
PW=Test1234
JAR=target/app/m365-connect.jar
[[ -f $JAR ]] || mvn -o -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache # the command line's class archives: made by the first packaged run below
cp src/test/resources/certs/openssl3-default.pfx "$work/app.pfx"

# median of the given numbers
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
# time a command n times (fresh output folder each run); print the median wall time and the median CPU time
# (user + system of all processes): on a shared, loaded machine the CPU time is the steadier figure.
timeit() {
  local label=$1 n=$2; shift 2
  local wall=() cpu=() tf="$work/time"
  for ((i = 0; i < n; i++)); do
    rm -rf "$work/out"; mkdir -p "$work/out"
    if ! { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>"$tf"; then
      printf '%-58s failed\n' "$label"; return
    fi
    read -r r u s <"$tf"
    wall+=("$(awk -v r="$r" 'BEGIN {printf "%d", r * 1000}')")
    cpu+=("$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%d", (u + s) * 1000}')")
  done
  printf '%-58s %6s ms wall, %6s ms CPU (medians of %d)\n' "$label" "$(median "${wall[@]}")" "$(median "${cpu[@]}")" "$n"
}

ours() { java "$@" -jar "$JAR" cert convert "$work/app.pfx" --to pem --passin pass:$PW --out "$work/out"; }
APP="target/dist/M365 Connect"
packaged() { "$APP/lib/app/m365-connect" cert convert "${inputs[@]:-$work/app.pfx}" --to pem --passin pass:$PW --out "$work/out"; }
launcher() { "$APP/bin/M365 Connect" cert convert "$work/app.pfx" --to pem --passin pass:$PW --out "$work/out"; }
# The packaged runtime (JDK, JavaFX, Jackson, BouncyCastle and picocli linked in, with their CDS archive).
runtime() {
  "$APP/lib/runtime/bin/java" -XX:+UseSerialGC "$@" -cp "$APP/lib/app/m365-connect.jar:$APP/lib/app/lib/*" \
    io.m365connect.app.Launcher cert convert "${inputs[@]:-$work/app.pfx}" --to pem --passin pass:$PW --out "$work/out"
}
blink_openssl() { # the two commands of Blink's guide
  openssl pkcs12 -in "$1" -nokeys -passin pass:$PW -out "$2.crt.pem" &&
    openssl pkcs12 -in "$1" -nodes -nocerts -passin pass:$PW | openssl rsa -out "$2.key.pem" 2>/dev/null
}
one_openssl() { openssl pkcs12 -in "$1" -nodes -passin pass:$PW -out "$2.pem"; }

echo "== one PFX → PEM pair (fresh process per call) =="
timeit "openssl pkcs12 (one call, cert+key in one file)" "$RUNS" one_openssl "$work/app.pfx" "$work/out/app"
timeit "openssl, Blink's two commands (pkcs12 -nokeys; pkcs12|rsa)" "$RUNS" blink_openssl "$work/app.pfx" "$work/out/app"
timeit "m365-connect cert convert (java -jar)" "$RUNS" ours
timeit "... java -jar -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" "$RUNS" ours -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
if [[ -x "$APP/lib/app/m365-connect" ]]; then
  timeit "packaged: lib/app/m365-connect, first run (makes its archive)" 1 packaged
  timeit "packaged: lib/app/m365-connect (the command line)" "$RUNS" packaged
  timeit "packaged: bin/\"M365 Connect\" (jpackage launcher)" "$RUNS" launcher
  timeit "packaged: lib/runtime/bin/java" "$RUNS" runtime
  timeit "packaged: lib/runtime/bin/java -XX:TieredStopAtLevel=1" "$RUNS" runtime -XX:TieredStopAtLevel=1
fi

echo "== 200 PFX files =="
mkdir -p "$work/many"
for ((i = 0; i < 200; i++)); do
  openssl pkcs12 -export -inkey src/test/resources/certs/app.key -in src/test/resources/certs/app.crt \
    -passout pass:$PW -out "$work/many/app$i.pfx"
done
loop_blink() { for f in "$work"/many/*.pfx; do blink_openssl "$f" "$work/out/$(basename "$f" .pfx)"; done; }
loop_one() { for f in "$work"/many/*.pfx; do one_openssl "$f" "$work/out/$(basename "$f" .pfx)"; done; }
ours_many() { java "$@" -jar "$JAR" cert convert "$work"/many/*.pfx --to pem --passin pass:$PW --out "$work/out"; }
BATCH_RUNS=$(( RUNS < 5 ? RUNS : 5 ))
timeit "openssl loop, one pkcs12 call per file" "$BATCH_RUNS" loop_one
timeit "openssl loop, Blink's two commands per file" "$BATCH_RUNS" loop_blink
timeit "m365-connect cert convert, 200 files in one call" "$BATCH_RUNS" ours_many
if [[ -x "$APP/lib/app/m365-connect" ]]; then
  inputs=("$work"/many/*.pfx)
  timeit "packaged: lib/app/m365-connect, 200 files in one call" "$BATCH_RUNS" packaged
  timeit "packaged: lib/runtime/bin/java, 200 files in one call" "$BATCH_RUNS" runtime
fi
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $(openssl version)"
