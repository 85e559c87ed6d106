#!/usr/bin/env bash
# Import benchmark: `tandem import feedback` with a 200,000-row CSV file made
# from the real NHS comments of ../shared/data/fft/train.csv, timed, with the
# peak memory of the process (GNU time's maximum resident set size).
#
#   bench/import.sh            (ROWS=200000 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-200000}

echo "== Building Tandem (release)"
if ! build_log=$(swift build -c release 2>&1); then
  echo "$build_log" | grep -E "error:" | sort -u | head -20 >&2
  exit 1
fi
echo "$build_log" | tail -1
TANDEM=$PWD/.build/release/tandem
[[ -x /usr/bin/time ]] || { echo "GNU time is needed (Debian: apt-get install time)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TANDEM_DATABASE_PATH=$work/import.sqlite TANDEM_DEMO_PASSWORD=bench-password-123 LOG_LEVEL=warning
"$TANDEM" demo >/dev/null 2>&1
project=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT lower(id) FROM projects WHERE title='Booking a GP appointment'\").fetchone()[0])" "$TANDEM_DATABASE_PATH")
python3 bench/make_feedback_csv.py "$work/feedback.csv" "$ROWS"
echo "== $(du -h "$work/feedback.csv" | cut -f1) file, $ROWS rows"
columns="text=What was good or could be better?,date=Date,service=Ward or service,rating=Overall experience"

for attempt in first again; do
  echo "== Import ($attempt time)"
  /usr/bin/time -v "$TANDEM" import feedback "$work/feedback.csv" --project "$project" --columns "$columns" \
    2> "$work/time.txt" | tail -1
  grep -E 'Elapsed \(wall clock\)|Maximum resident set size' "$work/time.txt" | sed 's/^\s*/   /'
done
echo "== Database size: $(du -h "$TANDEM_DATABASE_PATH" | cut -f1)"
