#!/usr/bin/env bash
# Whole-folder DOTS import with a year-over-year pass over every series, side by side with the pandas peer
# (../shared/peers/pandas_bulk.py), in paired runs on one machine: prints each run, the medians and the ratio.
# Needs Debian's python3-pandas and python3-openpyxl (apt-get install -y python3-pandas python3-openpyxl).
# Usage: bash tests/TradeAnalytics.Benchmarks/side-by-side.sh [RUNS]    (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
dots=../shared/data/imf-dots-2022
peer=../shared/peers/pandas_bulk.py
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build src/TradeAnalytics.Cli -c Release -v quiet -nologo >/dev/null
tool=src/TradeAnalytics.Cli/bin/Release/net10.0/trade-analytics
wall() { /usr/bin/time -f "%e %M" -o "$out/time" "$@" >/dev/null 2>&1; cat "$out/time"; }
pandas=(); ours=()
for run in $(seq 1 "$runs"); do
  read -r p pmem < <(wall /usr/bin/python3 "$peer" "$dots" "$out/pandas.csv")
  read -r t tmem < <(wall "$tool" import-dots "$dots" --out "$out/all.csv" --yoy "$out/yoy.csv")
  echo "run $run: pandas $p s (${pmem} KB), trade-analytics import-dots --yoy $t s (${tmem} KB)"
  pandas+=("$p"); ours+=("$t")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mp=$(median "${pandas[@]}"); mt=$(median "${ours[@]}")
echo "median: pandas $mp s, trade-analytics $mt s, ratio $(awk -v t="$mt" -v p="$mp" 'BEGIN {printf "%.3f", t / p}') (goal <= 0.05)"
