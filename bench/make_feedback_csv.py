#!/usr/bin/env python3
"""Writes a large CSV of feedback for import tests and benchmarks.

Comments are the real NHS Friends and Family Test comments of
../shared/data/fft/train.csv, each given a date, a service and a rating, so
every row is distinct: `make_feedback_csv.py OUT.csv ROWS [SEED]`.
"""
import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

FFT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "fft" / "train.csv"
SERVICES = ["Emergency department", "Outpatients", "Maternity", "Ward 7", "Ward 12", "Pharmacy", "Physiotherapy",
            "GP surgery", "Community nursing", "Mental health team", "Children's ward", "Radiology"]
ANSWERS = ["Very good", "Good", "Neither good nor poor", "Poor", "Very poor", "Don't know"]


def main() -> None:
    out, rows = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    with FFT.open(newline="", encoding="utf-8") as handle:
        comments = [row["text"] for row in csv.DictReader(handle) if row["text"].strip()]
    start = date(2024, 1, 1)
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Date", "Ward or service", "Overall experience", "What was good or could be better?"])
        for index in range(rows):
            writer.writerow([
                (start + timedelta(days=rng.randrange(0, 900))).strftime("%d/%m/%Y"),
                rng.choice(SERVICES),
                rng.choice(ANSWERS),
                comments[index % len(comments)],
            ])


if __name__ == "__main__":
    main()
