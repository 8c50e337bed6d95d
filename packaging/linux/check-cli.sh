#!/usr/bin/env bash
# Checks the Linux command line (lib/app/m365-connect) of the app-image that mvn -Pdist package built: it runs,
# converts a PFX, and makes and uses its per-user class archive (see the script): made after the first
# certificate command, used by the next ones, replaced after an update, skipped for a cache path with a space.
# Works on a copy of the app-image; run from the project folder (.ci/run does).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -a "target/dist/M365 Connect" "$work/M365 Connect"
cli="$work/M365 Connect/lib/app/m365-connect"
pfx=src/test/resources/certs/openssl3-default.pfx
export XDG_CACHE_HOME=$work/cache
cds=$XDG_CACHE_HOME/m365-connect/cds

fail() { echo "check-cli: $*" >&2; exit 1; }
convert() { "$cli" cert convert "$pfx" --to pem --passin pass:Test1234 --out "$work/out" --force; }
# Where the JVM took CertConvertCommand from, in a run through the script (JAVA_TOOL_OPTIONS reaches its java).
source_of_command_class() {
  JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.log" convert >/dev/null 2>&1
  grep -F 'io.m365connect.cli.CertConvertCommand ' "$work/classes.log" | sed 's/.*source: //'
}

"$cli" --version | grep -q '^M365 Connect ' || fail "--version printed no version"

first=$(convert)
[[ $first == *"openssl3-default.key.pem"* ]] || fail "the first conversion listed no key file: $first"
openssl pkey -in "$work/out/openssl3-default.key.pem" -check -noout >/dev/null || fail "openssl cannot read the key"
archives=("$cds"/*/cli.jsa)
[[ -f ${archives[0]} ]] || fail "the first run made no class archive under $cds"
[[ $(convert) == "$first" ]] || fail "a run with the archive printed something else"
[[ $(source_of_command_class) == "shared objects file" ]] || fail "the archive's classes were not used"
"$cli" cert inspect "$pfx" --passin pass:wrong >/dev/null 2>&1 && fail "a wrong password was accepted"
"$cli" cert inspect "$pfx" --passin pass:Test1234 | grep -q 'SHA-1' || fail "cert inspect with the archive failed"

# An update: the jar changes, so a new archive is made for it and the old one is removed.
before=${archives[0]}
touch -d '+1 minute' "$work/M365 Connect/lib/app/m365-connect.jar"
convert >/dev/null
archives=("$cds"/*/cli.jsa)
((${#archives[@]} == 1)) || fail "after an update, ${#archives[@]} archives instead of 1: ${archives[*]}"
[[ ${archives[0]} != "$before" ]] || fail "after an update the old archive is still the one in use"
[[ $(source_of_command_class) == "shared objects file" ]] || fail "after an update the new archive was not used"

# A cache path with a space: JDK 17 could not use the archive, so none is made, and the command still works.
XDG_CACHE_HOME="$work/with space" convert >/dev/null || fail "a cache path with a space broke the command"
[[ ! -e "$work/with space/m365-connect/cds" ]] || fail "an archive was made under a path with a space"
echo "check-cli: the command line converts, and makes, uses and renews its class archive"
