#!/usr/bin/env bash
# make bench-callgrind: instruction counts per sentence and per byte of `raw text ->
# JSONL events` (text stage, matching, coding, JSON output) on a fixed sample (the
# first DOCS documents of the Arabic and English bench corpora; our dictionaries,
# then with the peer dictionaries of ../shared/bench/dicts-petrarch), counted by
# valgrind's callgrind with instrumentation on only around the coding loop
# (dictionary loading excluded). Counts do not drift with machine load, so they
# are the figures to compare from change to change.
# Usage: scripts/bench-callgrind.sh [build-dir] [docs]   (prints a Markdown table)
set -euo pipefail
build=${1:-build}
docs=${2:-200}
bench="$build/bench/e2e_bench"
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
[ -x "$bench" ] || { echo "$bench is not built" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "| sample | documents | bytes | sentences | instructions | per sentence | per byte |"
echo "|---|---|---|---|---|---|---|"
for run in ar en ar-peer en-peer; do
  lang=${run%-peer}
  flags=()
  name="$lang, first $docs documents"
  if [ "$run" != "$lang" ]; then
    flags=(--peer)
    name="$name, with the peer dictionaries"
  fi
  line=$(valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$out/cg.$run" \
    "$bench" --callgrind --lang="$lang" --docs="$docs" "${flags[@]}" 2>"$out/log.$run" | grep '^lang=') || {
    cat "$out/log.$run" >&2; exit 1; }
  ir=$(grep -m1 'Collected :' "$out/log.$run" | awk '{print $NF}')
  get() { echo "$line" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }
  sentences=$(get sentences)
  bytes=$(get bytes)
  echo "| $name | $(get docs) | $bytes | $sentences | $ir | $((ir / sentences)) | $((ir / bytes)) |"
done
