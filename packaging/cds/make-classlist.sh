#!/usr/bin/env bash
# Regenerates classlist.txt: the JDK, JavaFX, Jackson and BouncyCastle classes the app loads up to its first
# frame and for a one-file `cert convert`; and the Linux command line's cli-classes.txt (see the end). The dist build dumps them into the runtime's default CDS archive
# (lib/server/classes.jsa), which the JVM maps at start instead of loading and verifying each class. App and library classes are left out: JDK 17 only
# uses class-path classes from an archive when the class path matches the dump's, and that path differs
# per install location. Run after mvn -Pdist package, with an X display or Xvfb (xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/../.."
dist=target/dist
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Two training runs: the wizard up to its first frame, and the CLI converting one PFX (the certificate
# classes, BouncyCastle's among them, now that it is linked into the runtime).
train() {
  "$dist/runtime/bin/java" -Xshare:off -XX:DumpLoadedClassList="$work/$1.txt" -Duser.home="$work/home" \
    -cp "$dist/input/m365-connect.jar:$dist/input/lib/*" io.m365connect.app.Launcher "${@:2}" >/dev/null
}
pfx=src/test/resources/certs/openssl3-default.pfx
train gui --smoke
train cli cert convert "$pfx" --to pem --passin pass:Test1234 --out "$work/pem"
train inspect cert inspect "$pfx" --passin pass:Test1234
train check cert check "$pfx" --passin pass:Test1234 --needs-private-key
# The union, in first-seen order (a class listed twice would be dumped once anyway).
awk '!seen[$0]++' "$work/gui.txt" "$work/cli.txt" >"$work/loaded.txt"

for jar in "$dist/input/m365-connect.jar" "$dist"/input/lib/*.jar; do
  unzip -Z1 "$jar" '*.class' 2>/dev/null || true
done | sed 's/\.class$//' | sort -u >"$work/class-path.txt"

# Keep JDK/JavaFX classes and JDK lambda forms; drop class-path classes and lambdas owned by them.
awk 'NR == FNR { cp[$1] = 1; next }
     /^#/ { next }
     /^@lambda-proxy/ { if (!($2 in cp)) print; next }
     /^@/ { print; next }
     !($1 in cp) { print }' "$work/class-path.txt" "$work/loaded.txt" >packaging/cds/classlist.txt
echo "$(wc -l <packaging/cds/classlist.txt) entries in packaging/cds/classlist.txt"

# The Linux command line's class list (lib/app/cli-classes.txt in the app-image): everything the three short
# certificate commands load, our own classes included. The command line dumps it into a per-user archive
# where the app's path is known (packaging/linux/app/m365-connect).
awk '!/^#/ && !seen[$0]++' "$work/cli.txt" "$work/inspect.txt" "$work/check.txt" >packaging/linux/app/cli-classes.txt
echo "$(wc -l <packaging/linux/app/cli-classes.txt) entries in packaging/linux/app/cli-classes.txt"
