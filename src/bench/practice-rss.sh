#!/usr/bin/env bash
# P4 (practice run): peak RSS of the packaged app while it serves the practice tenant and answers a
# scripted round of sign-ins and API calls (client credentials with a secret, a password sign-in,
# Graph, Management Activity API), repeated; compared with the bare window's peak RSS from startup.sh.
#
#   mvn -B -Pdist -DskipTests package && src/bench/startup.sh   # builds the app-image and hello figures
#   src/bench/practice-rss.sh [rounds]                          # default 20 rounds
#
# Needs curl and jq. Covers the tenant side only; the wizard's own sign-in run joins once it can be scripted.
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=${1:-20}
app="target/dist/M365 Connect/lib/app/m365-connect"
out=target/bench/practice
[[ -x "$app" ]] || { echo "No app-image: run mvn -B -Pdist -DskipTests package first." >&2; exit 2; }
rm -rf "$out" && mkdir -p "$out"
mkfifo "$out/stdin"

/usr/bin/time -f %M -o "$out/rss.txt" "$app" practice --json --work-dir "$out/tenant" \
  <"$out/stdin" >"$out/practice.json" 2>"$out/practice.log" &
app_pid=$!
exec 3>"$out/stdin" # keeps the tenant's stdin open until we type quit
trap 'echo quit >&3 2>/dev/null || true; exec 3>&-' EXIT

for _ in $(seq 1 600); do
  [[ -s "$out/practice.json" ]] && jq -e .authority "$out/practice.json" >/dev/null 2>&1 && break
  sleep 0.1
done
authority=$(jq -r .authority "$out/practice.json")
base=${authority%/*}
tenant=$(jq -r .tenantId "$out/practice.json")
ca=$(jq -r .caFile "$out/practice.json")
graph=$(jq -c '.demoCredentials[] | select(.recipeId == "blink-microsoft-graph")' "$out/practice.json")
mgmt=$(jq -c '.demoCredentials[] | select(.recipeId == "blink-o365-management-activity")' "$out/practice.json")

token() { # client id, secret, resource
  curl -sS --fail-with-body --cacert "$ca" "$authority/oauth2/v2.0/token" \
    --data-urlencode grant_type=client_credentials --data-urlencode "client_id=$1" \
    --data-urlencode "client_secret=$2" --data-urlencode "scope=$3/.default" | jq -er .access_token
}
for ((i = 1; i <= rounds; i++)); do
  graph_token=$(token "$(jq -r .clientId <<<"$graph")" "$(jq -r .secret <<<"$graph")" https://graph.microsoft.com)
  curl -sS --fail-with-body --cacert "$ca" -H "Authorization: Bearer $graph_token" \
    "$base/v1.0/organization" >/dev/null
  mgmt_token=$(token "$(jq -r .clientId <<<"$mgmt")" "$(jq -r .secret <<<"$mgmt")" https://manage.office.com)
  curl -sS --cacert "$ca" -H "Authorization: Bearer $mgmt_token" \
    "$base/api/v1.0/$tenant/activity/feed/subscriptions/list" >/dev/null
  curl -sS --fail-with-body --cacert "$ca" "$authority/oauth2/v2.0/token" \
    --data-urlencode grant_type=password --data-urlencode "client_id=$(jq -r .clientId <<<"$graph")" \
    --data-urlencode "client_secret=$(jq -r .secret <<<"$graph")" \
    --data-urlencode "username=$(jq -r .username <<<"$graph")" \
    --data-urlencode "password=$(jq -r .password <<<"$graph")" \
    --data-urlencode "scope=https://graph.microsoft.com/.default" | jq -e .access_token >/dev/null
done

echo quit >&3
exec 3>&-
trap - EXIT
wait "$app_pid"
rss_kib=$(tail -1 "$out/rss.txt")
printf 'practice run: %d rounds, peak RSS %.1f MiB\n' "$rounds" "$(echo "$rss_kib / 1024" | bc -l)" | tee "$out/result.txt"
if [[ -f target/bench/hello.tsv ]]; then
  hello_kib=$(cut -f2 target/bench/hello.tsv | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  printf 'P4 practice run / bare window (peak RSS): %.2f\n' "$(echo "$rss_kib / $hello_kib" | bc -l)" | tee -a "$out/result.txt"
fi
