#!/usr/bin/env bash
# Text engine benchmark: Tandem's theme and sentiment classifier beside the
# scikit-learn reference, on the same files, on the same machine, in the same run.
#
#   bench/text.sh [TRAIN.csv TEST.csv]     (default: ../shared/data/fft/train.csv and dev.csv)
#
# Builds Tandem in release, makes a Python virtual environment with scikit-learn,
# runs both RUNS times (default 5) interleaved, and prints the scores, the median
# times and their ratio, then Tandem's single-core prediction speed.
set -euo pipefail
cd "$(dirname "$0")/.."

TRAIN=${1:-../shared/data/fft/train.csv}
TEST=${2:-../shared/data/fft/dev.csv}
RUNS=${RUNS:-5}
# The reference is single-threaded, as the target says.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

echo "== Building Tandem (release)"
if ! build_log=$(swift build -c release 2>&1); then
  echo "$build_log" | grep -E "error:" | sort -u | head -20 >&2
  exit 1
fi
echo "$build_log" | tail -1
TANDEM=.build/release/tandem

VENV=.venv-bench
if [[ ! -x "$VENV/bin/python" ]]; then python3 -m venv "$VENV"; fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check "scikit-learn==1.9.1" "numpy" "scipy"
echo "== scikit-learn $("$VENV/bin/python" -c 'import sklearn; print(sklearn.__version__)'), Python $("$VENV/bin/python" -c 'import platform; print(platform.python_version())')"

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
for run in $(seq 1 "$RUNS"); do
  "$TANDEM" themes evaluate --train "$TRAIN" --test "$TEST" --save "$results/model" 2>/dev/null | tail -1 >> "$results/tandem.jsonl"
  "$VENV/bin/python" bench/reference_text.py "$TRAIN" "$TEST" >> "$results/reference.jsonl"
  echo "   run $run of $RUNS done"
done

speed=$("$TANDEM" themes benchmark --model "$results/model" --comments "$TEST" --seconds 5 2>/dev/null | tail -1)

python3 - "$results/tandem.jsonl" "$results/reference.jsonl" "$speed" <<'PY'
import json, statistics, sys
tandem = [json.loads(l) for l in open(sys.argv[1])]
reference = [json.loads(l) for l in open(sys.argv[2])]
speed = json.loads(sys.argv[3])
med = lambda rows, f: statistics.median(f(r) for r in rows)
ours = med(tandem, lambda r: r["fit_seconds"] + r["predict_seconds"])
themes = med(reference, lambda r: r["fit_seconds"] + r["predict_seconds"])
both = med(reference, lambda r: r["fit_seconds"] + r["predict_seconds"] + r["sentiment_seconds"])
print()
print(f"{'':24}{'Tandem':>10}{'scikit-learn':>14}")
for key in ["micro_f1", "macro_f1", "samples_f1", "sentiment_accuracy", "sentiment_macro_f1"]:
    print(f"{key:24}{tandem[0][key]:>10.4f}{reference[0][key]:>14.4f}")
print()
print(f"Median of {len(tandem)} runs, seconds:")
print(f"  Tandem fit + predict (themes and sentiment, thresholds by cross-validation): {ours:.3f}")
print(f"  scikit-learn themes fit + predict (threshold tuning not counted):           {themes:.3f}")
print(f"  scikit-learn themes and sentiment fit + predict:                             {both:.3f}")
print(f"  scikit-learn threshold tuning by cross-validation (not counted above):      {med(reference, lambda r: r['threshold_seconds']):.3f}")
print(f"Ratio Tandem / scikit-learn themes:              {ours / themes:.2f}")
print(f"Ratio Tandem / scikit-learn themes + sentiment:  {ours / both:.2f}")
print(f"Tandem prediction on one core: {speed['comments_per_second']:,} comments a second")
print("TANDEM " + json.dumps(tandem[0]))
print("REFERENCE " + json.dumps(reference[0]))
PY
