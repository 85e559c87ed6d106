#!/usr/bin/env bash
# Web benchmark: the project dashboard, a full-text search of the evidence
# library, the theme overview and the coding queue under load, on a database
# with more than 100,000 pieces of evidence.
#
#   bench/web.sh            (SCALE=10 DURATION=30s WARMUP=5s CONNECTIONS=32 PAGES=all by default)
#   PAGES=coding bench/web.sh   only the theme overview and the coding queue
#   PAGES=resources bench/web.sh  only the public resource library (10,000 resources at scale 10)
#   PAGES=ppgs bench/web.sh       only the PPG pages: the ICB view and the needs heat map (500 practices
#                                 at scale 10), and the time to propose buddy pairs for all of them
#   PAGES=community bench/web.sh  only the community pages at 20,000 partners and 2,000 opportunities
#                                 (scale 10): an opportunity's ranked list of the people interested, and
#                                 a partner's suggested opportunities
#   BASELINE=/path/to/older/tandem ROUNDS=2 bench/web.sh
#                           the same pages on an older build too, side by side in one run: both
#                           servers share the database, and each page is measured on the older
#                           and this build in turn, ROUNDS times, so drift in the machine hits both
#
# Builds Tandem in release, loads `tandem demo --scale $SCALE` into a fresh SQLite
# database (PostgreSQL when BENCH_DATABASE_URL is set: an empty database of its
# own), serves it on a free loopback port, signs in as the coordinator and runs
# `wrk -t2 -c$CONNECTIONS --latency` against each page. Prints the percentiles.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${SCALE:-10}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
PAGES=${PAGES:-all}
WARMUP=${WARMUP:-5s}
PASSWORD=bench-password-123

command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)" >&2; exit 1; }
echo "== Building Tandem (release)"
if ! build_log=$(swift build -c release 2>&1); then
  echo "$build_log" | grep -E "error:" | sort -u | head -20 >&2
  exit 1
fi
echo "$build_log" | tail -1
TANDEM=$PWD/.build/release/tandem

work=$(mktemp -d)
server=""
baseline_server=""
cleanup() {
  [[ -n "$server" ]] && kill "$server" 2>/dev/null
  [[ -n "$baseline_server" ]] && kill "$baseline_server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export TANDEM_DEMO_PASSWORD=$PASSWORD TANDEM_DATA_DIR=$work/data LOG_LEVEL=warning
if [[ -n "${BENCH_DATABASE_URL:-}" ]]; then
  export DATABASE_URL=$BENCH_DATABASE_URL
  echo "== Database: PostgreSQL"
else
  export TANDEM_DATABASE_PATH=$work/bench.sqlite
  echo "== Database: SQLite ($TANDEM_DATABASE_PATH)"
fi

echo "== Loading demo data at scale $SCALE"
"$TANDEM" migrate --yes >/dev/null 2>&1
"$TANDEM" demo --scale "$SCALE" 2>/dev/null | sed -n 1p  # sed reads to the end: no broken pipe

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$TANDEM" serve --hostname 127.0.0.1 --port "$port" > "$work/server.log" 2>&1 &
server=$!
base=http://127.0.0.1:$port
for _ in $(seq 1 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done

# The servers each page is measured on, as label=address.
servers=("this=$base")
ROUNDS=${ROUNDS:-1}
if [[ -n "${BASELINE:-}" ]]; then
  baseline_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "$BASELINE" serve --hostname 127.0.0.1 --port "$baseline_port" > "$work/baseline.log" 2>&1 &
  baseline_server=$!
  baseline_base=http://127.0.0.1:$baseline_port
  for _ in $(seq 1 100); do curl -sf "$baseline_base/healthz" >/dev/null && break; sleep 0.1; done
  servers=("before=$baseline_base" "this=$base")
  echo "== Side by side: before = $BASELINE, this = $TANDEM, $ROUNDS round(s) each"
fi

# Sign in as the coordinator, as a browser would: the session cookie and the form's token.
jar=$work/cookies
token=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode "email=coordinator@demo.example.org" \
  --data-urlencode "password=$PASSWORD" "$base/sign-in"
cookie=$(awk '$6 == "tandem_session" { print "tandem_session=" $7 }' "$jar")
[[ -n "$cookie" ]] || { echo "Could not sign in" >&2; exit 1; }

project=$(curl -s -b "$jar" "$base/projects" | grep -o 'href="/projects/[0-9a-f-]*">Getting medicines to take home faster<' \
  | head -1 | sed 's/href="//;s/".*//')
items=$(curl -s -b "$jar" "$base$project" | grep -o '[0-9,]* pieces of evidence' | head -1)
echo "== Project $project: $items"

run() {
  local name=$1 path=$2 expected=${3:-200}
  local status label address
  for server_entry in "${servers[@]}"; do
    address=${server_entry#*=}
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$address$path")
    [[ "$status" == "$expected" ]] || { echo "$path answered $status on ${server_entry%%=*}" >&2; exit 1; }
  done
  echo "== $name: GET $path"
  for round in $(seq 1 "$ROUNDS"); do
    for server_entry in "${servers[@]}"; do
      label=${server_entry%%=*}
      address=${server_entry#*=}
      # A short unreported warm-up first, so the figures are of a server in its
      # steady state (SQLite's page cache filled, connections open), not its first seconds.
      wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $cookie" "$address$path" >/dev/null
      if [[ ${#servers[@]} -eq 1 ]]; then
        wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie" "$address$path" \
          | grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|75|90|99)%'
      else
        wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie" "$address$path" | awk -v label="$label" -v round="$round" '
          /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
          /Non-2xx|Socket errors/ { problems = problems " " $0 }
          END { printf "   %-7s round %s: %9s req/s  p50 %8s  p90 %8s  p99 %8s%s\n", label, round, rps, p50, p90, p99, problems }'
      fi
    done
  done
}

if [[ "$PAGES" == all ]]; then
  run "Project dashboard" "$project"
  run "Full-text search, a common word" "$project/evidence?q=pharmacy"
  run "Full-text search, two words" "$project/evidence?q=waited+hours"
  run "Full-text search, page 40" "$project/evidence?q=staff&page=40"
  # People who may not read every comment as given search the redacted text: a patient
  # partner on the team (the redacted index alone), and staff of the trust beyond the team,
  # who read team-only comments redacted and the rest as given (both indexes, in date order).
  coordinator_cookie=$cookie
  sign_in_as() {
    local sjar=$work/cookies-$1
    local token
    token=$(curl -s -c "$sjar" -b "$sjar" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
    curl -s -c "$sjar" -b "$sjar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode "email=$1" \
      --data-urlencode "password=$PASSWORD" "$base/sign-in"
    cookie=$(awk '$6 == "tandem_session" { print "tandem_session=" $7 }' "$sjar")
  }
  sign_in_as partner@demo.example.org
  run "Full-text search as a partner (redacted index), a common word" "$project/evidence?q=pharmacy"
  run "Full-text search as a partner (redacted index), two words" "$project/evidence?q=waited+hours"
  trust=$(curl -s -H "Cookie: $coordinator_cookie" "$base$project" | grep -o 'href="/organisations/[0-9a-f-]*"' | head -1 | sed 's|href="/organisations/||;s|"||')
  TANDEM_PASSWORD=$PASSWORD "$TANDEM" user create --email bench-staff@demo.example.org --role staff --organisation "$trust" \
    --name "Staff beyond the team" >/dev/null
  sign_in_as bench-staff@demo.example.org
  run "Full-text search as staff beyond the team (both indexes), a common word" "$project/evidence?q=pharmacy"
  run "Full-text search as staff beyond the team (both indexes), two words" "$project/evidence?q=waited+hours"
  cookie=$coordinator_cookie
fi
if [[ "$PAGES" == ppgs || "$PAGES" == all ]]; then
  practices=$(curl -s -H "Cookie: $cookie" "$base/ppgs" | grep -o '[0-9,]* practices shown, [0-9,]* with a PPG' | head -1)
  echo "== PPGs across the ICB: $practices"
  run "ICB view, first page" "/ppgs"
  run "ICB view, page 5" "/ppgs?page=5"
  run "ICB view, PPGs needing support" "/ppgs?status=needs_support"
  run "Needs across the ICB with the heat map" "/ppgs/needs"
  # The buddy matching for every PPG, as a coordinator asks for it (the pairs are written too).
  ppg_token=$(curl -s -H "Cookie: $cookie" "$base/ppgs/buddies" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  seconds=$(curl -s -o /dev/null -w '%{time_total}' -H "Cookie: $cookie" --data-urlencode "_csrf=$ppg_token" --data-urlencode "capacity=2" \
    "$base/ppgs/buddies")
  said=$(curl -s -H "Cookie: $cookie" "$base/ppgs/buddies" | grep -o '[0-9,]* pairs proposed (the matching took [0-9.]* s)' | head -1)
  echo "== Buddy matching for every PPG: $said; the whole request, with the pairs written and both PPGs told, $seconds s"
  [[ "$PAGES" == ppgs ]] && exit 0
fi
if [[ "$PAGES" == community || "$PAGES" == all ]]; then
  # The open opportunity closing soonest (the public list's first): the demo's most popular.
  opportunity=$(curl -s "$base/get-involved" | grep -o 'href="/get-involved/[0-9a-f-]*"' | head -1 \
    | sed 's|href="/get-involved|/opportunities|;s/"$//')
  partners=$(curl -s -H "Cookie: $cookie" "$base$opportunity/interested" | grep -o 'to [0-9,]* of [0-9,]* people' | head -1 \
    | sed 's/.* of //;s/ people//')
  echo "== Community: opportunity $opportunity with $partners people interested"
  run "An opportunity's ranked list of the people interested" "$opportunity/interested"
  community_cookie=$cookie
  pjar=$work/cookies-partner
  ptoken=$(curl -s -c "$pjar" -b "$pjar" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$pjar" -b "$pjar" -o /dev/null --data-urlencode "_csrf=$ptoken" --data-urlencode "email=partner@demo.example.org" \
    --data-urlencode "password=$PASSWORD" "$base/sign-in"
  cookie=$(awk '$6 == "tandem_session" { print "tandem_session=" $7 }' "$pjar")
  run "A partner's suggested opportunities" "/me/opportunities"
  cookie=$community_cookie
  [[ "$PAGES" == community ]] && exit 0
fi
if [[ "$PAGES" == resources || "$PAGES" == all ]]; then
  # The public library, as a visitor who is not signed in sees it.
  signed_in_cookie=$cookie
  cookie=""
  count=$(curl -s "$base/resources" | grep -o '[0-9,]* resources\.' | head -1)
  echo "== Public resource library: $count"
  run "Library search, a common word" "/resources?q=ppg"
  run "Library search, two words" "/resources?q=carer+involvement"
  run "Library search with filters" "/resources?q=meetings&kind=guide&audience=ppgs"
  run "Library, newest first, topic filter" "/resources?topic=Accessibility"
  run "Library search, page 20" "/resources?q=meetings&page=20"
  cookie=$signed_in_cookie
  [[ "$PAGES" == resources ]] && exit 0
fi
coded=$(curl -s -b "$jar" "$base$project/coding" | grep -o 'Coded by the team</dt><dd class="nhsuk-summary-list__value">[0-9]*' | grep -o '[0-9]*$')
echo "== Coded by the team: $coded comments; the project's model ranks the queue"
run "Theme overview" "$project/themes"
run "Theme overview, by ethnic group" "$project/themes?by=ethnicity"
# The queue answers with a redirect to the comment that would teach the model most (wrk counts it as non-2xx).
run "Coding queue: choosing the next comment" "$project/coding/next?mode=new" 303
next=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" "$base$project/coding/next?mode=new" | sed "s|$base||")
run "Coding screen for that comment" "$next"
