#!/usr/bin/env bash
# Issue 13's measurements, side by side with the pandas peers in paired runs on one machine, as a user runs them (the
# tool published for this platform, ReadyToRun, as the tool package holds it; the figures runner published as a native
# program, as its project asks; a fresh process each time):
#   1. the whole-folder DOTS import with a year-over-year pass over every series vs ../shared/peers/pandas_bulk.py;
#   2. the paper's figures (samples/PaperFigures) vs ../shared/peers/pandas_figures.py: the whole main job (figures 1–8,
#      claims, report), and the peer's own job alone (`--figures 1-5`: the paper's five figures, PNG, SVG and CSV);
#   3. a cold `trade-analytics growth KAZ ISR --from 1999 --to 2008` (goal: at most 0.05 s), and issue 41's whole indicator
#      set for a pair, a cold `indicators KAZ ISR --year 2012`, run beside it (goal: about the time of the cold growth);
#   4. issue 26: the data package's whole load (the benchmarks project's --measure whole-load: median of 5 loads in one
#      process, and the peak of a process that loads once), and `sql` streaming a 51.6 M-row result to --format csv.
# Prints every run and a Markdown table of medians and ratios; with --update-readme it also writes that table into
# docs/performance.md between its side-by-side markers. Needs Debian's python3-pandas, python3-openpyxl and python3-matplotlib.
# Usage: bash tests/TradeAnalytics.Benchmarks/side-by-side.sh [RUNS] [--update-readme]    (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=3
update=false
for arg in "$@"; do
  case "$arg" in
    --update-readme) update=true ;;
    *) runs=$arg ;;
  esac
done
dots=../shared/data/imf-dots-2022
python=/usr/bin/python3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
echo "publishing the tool (Native AOT on linux-x64, ReadyToRun elsewhere, as its packages hold it) and the figures runner (Native AOT) for $rid ..." >&2
if [ "$rid" = linux-x64 ]; then
  # As Linux x64's tool package holds it (scripts/pack-tool-aot.sh): a native program.
  dotnet publish src/TradeAnalytics.Cli -c Release -f net10.0 -r "$rid" -p:PublishAot=true -p:RuntimeIdentifiers="$rid" -p:ToolPackageRuntimeIdentifiers="$rid" -o "$out/tool" -v quiet -nologo >/dev/null
else
  dotnet publish src/TradeAnalytics.Cli -c Release -f net10.0 -r "$rid" --self-contained false -o "$out/tool" -v quiet -nologo >/dev/null
fi
dotnet publish samples/PaperFigures -c Release -r "$rid" -o "$out/figures" -v quiet -nologo >/dev/null
dotnet build tests/TradeAnalytics.Benchmarks -c Release -v quiet -nologo >/dev/null
bench=tests/TradeAnalytics.Benchmarks/bin/Release/net10.0/TradeAnalytics.Benchmarks
tool="$out/tool/trade-analytics"
# Wall time to the millisecond from bash's own clock (no process started to read it; /usr/bin/time's %e has 10 ms steps,
# 8 % of the figures runner's time); peak memory from /usr/bin/time. Prints "SECONDS KB".
wall() {
  local start=${EPOCHREALTIME/,/.}
  /usr/bin/time -f "%M" -o "$out/time" "$@" >/dev/null 2>&1
  local end=${EPOCHREALTIME/,/.}
  awk -v s="$start" -v e="$end" -v kb="$(cat "$out/time")" 'BEGIN {printf "%.3f %s\n", e - s, kb}'
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
range() { printf '%s\n' "$@" | sort -g | awk 'NR==1 {lo=$1} {hi=$1} END {print lo "–" hi}'; }
bulk_py=(); bulk_ta=(); bulk_py_mem=(); bulk_ta_mem=(); fig_py=(); fig_ta=(); fig_ta_mem=(); five=(); five_mem=(); growth=(); indicators=(); load=(); load_mem=(); sql=(); sql_mem=()
for run in $(seq 1 "$runs"); do
  read -r p pm < <(wall "$python" ../shared/peers/pandas_bulk.py "$dots" "$out/pandas.csv")
  read -r t tm < <(wall "$tool" import-dots "$dots" --out "$out/all.csv" --yoy "$out/yoy.csv")
  read -r fp _ < <(wall "$python" ../shared/peers/pandas_figures.py "$dots" "$out/pandas-figures")
  read -r ft ftm < <(wall "$out/figures/PaperFigures" --out "$out/figures-out")
  read -r f5 f5m < <(wall "$out/figures/PaperFigures" --figures 1-5 --out "$out/five-out")
  read -r g _ < <(wall "$tool" growth KAZ ISR --from 1999 --to 2008)
  read -r i _ < <(wall "$tool" indicators KAZ ISR --year 2012)
  read -r l < <("$bench" --measure whole-load --runs 5 | awk '/^result/ {print $2}')
  read -r _ lm < <(wall "$bench" --measure whole-load --runs 1)
  read -r q qm < <(wall "$tool" sql "select t.* from trade t, range(20)" --data data/imf-dots-2022-all.parquet --format csv)
  echo "run $run: pandas_bulk $p s (${pm} KB), import-dots --yoy $t s (${tm} KB); pandas_figures $fp s, PaperFigures $ft s (${ftm} KB), --figures 1-5 $f5 s (${f5m} KB); growth $g s, indicators $i s; whole load $l s (one load: ${lm} KB); sql 51.6 M rows $q s (${qm} KB)" >&2
  bulk_py+=("$p"); bulk_ta+=("$t"); bulk_py_mem+=("$pm"); bulk_ta_mem+=("$tm"); fig_py+=("$fp"); fig_ta+=("$ft"); fig_ta_mem+=("$ftm"); five+=("$f5"); five_mem+=("$f5m"); growth+=("$g"); indicators+=("$i"); load+=("$l"); load_mem+=("$lm"); sql+=("$q"); sql_mem+=("$qm")
done
ratio() { awk -v t="$1" -v p="$2" 'BEGIN {printf "%.3f", t / p}'; }
mib() { awk -v k="$(median "$@")" 'BEGIN {printf "%.0f MiB", k / 1024}'; }
mbp=$(median "${bulk_py[@]}"); mbt=$(median "${bulk_ta[@]}"); mfp=$(median "${fig_py[@]}"); mft=$(median "${fig_ta[@]}"); m5=$(median "${five[@]}"); mg=$(median "${growth[@]}"); mi=$(median "${indicators[@]}"); ml=$(median "${load[@]}"); mq=$(median "${sql[@]}")
table=$(cat <<TABLE
| measured side by side ($runs paired runs, $(date -u +%Y-%m-%d), $(nproc) cores) | median (range) | peak memory | ratio to the peer | goal |
|---|---|---|---|---|
| \`pandas_bulk.py\`: all 235 workbooks, YoY per series | $mbp s ($(range "${bulk_py[@]}")) | $(mib "${bulk_py_mem[@]}") | | |
| \`trade-analytics import-dots … --yoy\` | $mbt s ($(range "${bulk_ta[@]}")) | $(mib "${bulk_ta_mem[@]}") | $(ratio "$mbt" "$mbp") | ≤ 0.04 |
| \`pandas_figures.py\`: the paper's five figures | $mfp s ($(range "${fig_py[@]}")) | | | |
| \`PaperFigures\`: figures 1–8, claims, report | $mft s ($(range "${fig_ta[@]}")) | $(mib "${fig_ta_mem[@]}") | $(ratio "$mft" "$mfp") | ≤ 0.07 |
| \`PaperFigures --figures 1-5\`: the peer's job alone, the paper's five figures | $m5 s ($(range "${five[@]}")) | $(mib "${five_mem[@]}") | $(ratio "$m5" "$mfp") | |
| \`trade-analytics growth KAZ ISR --from 1999 --to 2008\`, cold | $mg s ($(range "${growth[@]}")) | | | ≤ 0.05 s |
| \`trade-analytics indicators KAZ ISR --year 2012\`, cold: every indicator of the pair (ratio: to the cold \`growth\`) | $mi s ($(range "${indicators[@]}")) | | $(ratio "$mi" "$mg") | about 1 |
| \`ImfDots2022All.Load()\`: every DOTS value, 2,581,017 (median of 5 in one process; peak of a process loading once) | $ml s ($(range "${load[@]}")) | $(mib "${load_mem[@]}") | | ≤ 0.3 s, ≤ 300 MiB |
| \`trade-analytics sql "select t.* from trade t, range(20)" --format csv\`: 51.6 M rows streamed | $mq s ($(range "${sql[@]}")) | $(mib "${sql_mem[@]}") | | ≤ 300 MiB |
TABLE
)
echo "$table"
if $update; then
  "$python" - "$table" <<'UPDATE'
import sys, pathlib, re
readme = pathlib.Path("docs/performance.md")
text = readme.read_text(encoding="utf-8")
begin, end = "<!-- side-by-side:begin -->", "<!-- side-by-side:end -->"
assert begin in text and end in text, "docs/performance.md has no side-by-side markers"
readme.write_text(re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: begin + "\n" + sys.argv[1] + "\n" + end, text, flags=re.S), encoding="utf-8")
print("docs/performance.md: table updated", file=sys.stderr)
UPDATE
fi
