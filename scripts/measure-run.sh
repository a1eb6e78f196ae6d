#!/usr/bin/env bash
# Whole-process timing of `alchemiser run` on the embedded default (PIPELINE.md §2.2 simulated session), for
# docs/PERFORMANCE.md: wall time and peak resident memory of each run, from /usr/bin/time.
# Usage: bash scripts/measure-run.sh [runs]   (default 5). Measure on a quiet machine: the figures are load-sensitive.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
command -v /usr/bin/time >/dev/null || { echo "/usr/bin/time is required (apt-get install time)" >&2; exit 1; }

dotnet build src/Alchemiser.Cli -c Release -v quiet -nologo >/dev/null
bin=src/Alchemiser.Cli/bin/Release/net10.0/alchemiser
home=$(mktemp -d -t alchemiser-measure-XXXXXX)
trap 'rm -rf "$home"' EXIT
export ALCHEMISER_HOME="$home"

measure() { # measure LABEL ARGS...: one run, one table row
  local label=$1; shift
  local log="$home/time.log"
  /usr/bin/time -v "$bin" "$@" >"$home/out.txt" 2>"$log" || { cat "$home/out.txt" "$log" >&2; exit 1; }
  local wall rss
  wall=$(grep -F "Elapsed (wall clock)" "$log" | awk '{print $NF}')
  rss=$(grep -F "Maximum resident set size" "$log" | awk '{print $NF}')
  printf '| %s | %s | %d MB | %s |\n' "$label" "$wall" $((rss / 1024)) "$(head -n 1 "$home/out.txt" | tr -s ' ')"
}

echo "| run | wall (m:ss) | peak RSS | first line |"
echo "|---|---:|---:|---|"
measure "fresh home (synthesizes bars first)" run
for i in $(seq 1 "$runs"); do
  measure "run $i (next session)" run
done
measure "dry run" run --dry-run
