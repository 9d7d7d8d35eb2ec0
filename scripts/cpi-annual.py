#!/usr/bin/env python3
"""Annual averages of the US CPI-U (FRED CPIAUCNS, monthly, not seasonally adjusted) as BLS computes them: the mean
of a year's twelve monthly values, rounded to three decimals. A year without all twelve months is not a year and is
not written. Reads ../shared/data/deflators/CPIAUCNS.csv; writes data/us-cpi-u-annual.csv with each value's lines.

    python3 scripts/cpi-annual.py ../shared/data/deflators/CPIAUCNS.csv > data/us-cpi-u-annual.csv
"""
import csv
import sys
from decimal import Decimal, ROUND_HALF_UP

path = sys.argv[1]
by_year = {}
with open(path, newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    header = next(reader)
    assert header == ["observation_date", "CPIAUCNS"], header
    for line, row in enumerate(reader, start=2):
        year, month = int(row[0][:4]), int(row[0][5:7])
        by_year.setdefault(year, []).append((month, Decimal(row[1]), line))

out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["year", "cpi_u", "months", "source"])
for year in sorted(by_year):
    months = by_year[year]
    if sorted(m for m, _, _ in months) != list(range(1, 13)):
        continue
    mean = (sum(v for _, v, _ in months) / 12).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    lines = [l for _, _, l in months]
    out.writerow([year, mean, 12, f"CPIAUCNS.csv:{min(lines)}-{max(lines)} (mean of 12 months, rounded to 0.001 as BLS publishes)"])
