#!/usr/bin/env bash
# Fuzzes the certificate reader with mutated fixtures and random bytes (not part of `mvn verify`, which runs a
# fixed-seed slice of 2,000 inputs in CertificateFuzzTest).
#   src/bench/fuzz-certs.sh [INPUTS] [SEED]     (default 100000 inputs, a random seed)
# Crashing or slow inputs are written to target/fuzz-findings/{crash,slow}/; keep each one that led to a fix
# under src/test/resources/certs/fuzz/ so CertificateFuzzTest replays it.
set -euo pipefail
cd "$(dirname "$0")/../.."
INPUTS=${1:-100000}
SEED=${2:-$RANDOM$RANDOM}
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/fuzz.classpath -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/fuzz.classpath)"
rm -rf target/bench-classes target/fuzz-findings
javac -q -d target/bench-classes -cp "$cp" src/bench/java/io/m365connect/bench/CertificateFuzz.java 2>/dev/null \
  || javac -d target/bench-classes -cp "$cp" src/bench/java/io/m365connect/bench/CertificateFuzz.java
java -Xmx1g -cp "target/bench-classes:$cp" io.m365connect.bench.CertificateFuzz "$INPUTS" "$SEED" \
  src/test/resources/certs target/fuzz-findings
