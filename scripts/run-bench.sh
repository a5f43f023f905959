#!/usr/bin/env bash
# make bench: measures isnad's throughput and memory and writes the figures, with
# the command and the machine, to docs/PERFORMANCE.md (below the marker; the
# hand-written summary above it is kept).
#   1. End to end, one thread (bench/e2e_bench): raw text -> JSONL events over
#      Arabic and English news cycled to $BENCH_MB (default 50) MB, with our
#      dictionaries and with the peer dictionaries added, beside ICU word
#      segmentation of the same text in the same run.
#   2. `isnad code` through the pipeline: 1 vs 2 threads (real time), peak RSS
#      as the input grows (10 MB, 100 MB; 1 GB when BENCH_1GB=1), and the time to
#      load every dictionary. Inputs are generated in $build/bench-data by
#      repeating the bench corpus (never committed).
#   3. Instruction counts per sentence (scripts/bench-callgrind.sh), when valgrind
#      is installed.
#   4. The Google Benchmark programs of bench/ (tokenizer, matcher, coder, store).
# Usage: scripts/run-bench.sh [build-dir]
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
out="$here/docs/PERFORMANCE.md"
tmp=$(mktemp)
marker='<!-- Everything below is written by `make bench`. -->'
shared="$here/../shared"
mb=${BENCH_MB:-50}
data="$build/bench-data"
isnad="$build/isnad"
peer=()
for f in "$shared"/bench/dicts-petrarch/{en,ar}/*.txt; do [ -f "$f" ] && peer+=(--dict "$f"); done

# A JSONL file of at least $2 MB made of the bench corpus, repeated.
make_input() {
  local path=$1 size=$(($2 * 1000000))
  [ -f "$path" ] && [ "$(stat -c %s "$path")" -ge $((size * 9 / 10)) ] && [ "$(stat -c %s "$path")" -le "$size" ] && return
  mkdir -p "$(dirname "$path")"
  : > "$path.tmp"
  while [ "$(stat -c %s "$path.tmp")" -lt "$size" ]; do
    cat "$shared/bench/corpus/ar_saudinewsnet.jsonl" "$shared/bench/corpus/en_reuters21578.jsonl" >> "$path.tmp"
  done
  # Cut at the size, then back to the last whole line.
  head -c "$size" "$path.tmp" | head -n -1 > "$path"
  rm -f "$path.tmp"
}

# "<elapsed s> <user+sys s> <max RSS MB>" of a command.
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$log" "$@" > /dev/null 2>> "$data/stderr.log" || true
  awk '$1 ~ /^[0-9.]+$/ { printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$log"
  rm -f "$log"
}

main() {
{
  if [ -f "$out" ] && grep -qF "$marker" "$out"; then
    awk -v m="$marker" '$0 == m { exit } { print }' "$out"
  else
    echo "# Performance"
    echo
  fi
  echo "$marker"
  echo
  echo "Measured by \`make bench\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs),"
  echo "$(free -g | awk '/Mem:/{print $2}') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start (the machine is shared:"
  echo "CPU times and ratios measured in the same run are the figures that count)."
  echo
  if [ ! -d "$shared/bench/corpus" ]; then
    echo "../shared/bench is absent: nothing measured."
  else
    measure_all
  fi
} > "$tmp"
mv "$tmp" "$out"
echo "wrote $out"
}

measure_all() {
  echo "## End to end, one thread, beside ICU word segmentation"
  echo
  echo "Command: \`$build/bench/e2e_bench --mb=$mb\`"
  echo
  "$build/bench/e2e_bench" --mb="$mb"
  echo

  mkdir -p "$data"
  : > "$data/stderr.log"
  echo "## The pipeline: \`isnad code\` on JSONL, threads and memory"
  echo
  echo "Inputs: the Arabic and English bench corpora concatenated and repeated (\`$data/in-<N>mb.jsonl\`)."
  echo "Every dictionary: ours plus the peer dictionaries of ../shared/bench/dicts-petrarch (ar, en)."
  echo "Command: \`/usr/bin/time -f '%e %U %S %M' $isnad code --threads T [--dict ...] IN -o /dev/null\`."
  echo
  make_input "$data/in-${mb}mb.jsonl" "$mb"
  echo "| input | dictionaries | threads | real s | CPU s | MB/s (real) | speed-up | peak RSS MB |"
  echo "|---|---|---|---|---|---|---|---|"
  size=$(stat -c %s "$data/in-${mb}mb.jsonl")
  one=""
  for t in 1 2; do
    read -r real cpu rss < <(measure "$isnad" code --threads "$t" "$data/in-${mb}mb.jsonl" -o /dev/null)
    [ -z "$one" ] && one=$real
    echo "| ${mb} MB | ours | $t | $real | $cpu | $(awk -v s="$size" -v r="$real" 'BEGIN { printf "%.1f", s / 1e6 / r }') | $(awk -v a="$one" -v b="$real" 'BEGIN { printf "%.2fx", a / b }') | $rss |"
  done
  sizes=(10 100)
  [ "${BENCH_1GB:-0}" = 1 ] && sizes+=(1000)
  for n in "${sizes[@]}"; do
    make_input "$data/in-${n}mb.jsonl" "$n"
    size=$(stat -c %s "$data/in-${n}mb.jsonl")
    read -r real cpu rss < <(measure "$isnad" code --threads 2 "${peer[@]}" "$data/in-${n}mb.jsonl" -o /dev/null)
    echo "| $n MB | every dictionary | 2 | $real | $cpu | $(awk -v s="$size" -v r="$real" 'BEGIN { printf "%.1f", s / 1e6 / r }') | | $rss |"
  done
  echo
  echo "The army fired at protesters on Monday." > "$data/one.txt"
  read -r real cpu rss < <(measure "$isnad" code --threads 1 "${peer[@]}" "$data/one.txt")
  echo "Loading every dictionary (\`$isnad code --threads 1 --dict ... $data/one.txt\`, one sentence): $real s real, $cpu s CPU, peak RSS $rss MB."
  read -r real cpu rss < <(measure "$isnad" code --threads 1 "$data/one.txt")
  echo "Our dictionaries alone: $real s real, $cpu s CPU, peak RSS $rss MB."
  echo

  if command -v valgrind > /dev/null; then
    echo "## Instructions per sentence (callgrind)"
    echo
    echo "Command: \`scripts/bench-callgrind.sh $build\` (raw text -> JSONL; loading excluded)."
    echo
    scripts/bench-callgrind.sh "$build"
    echo
  fi

  for b in "$build"/bench/*_bench; do
    [ -x "$b" ] || continue
    [ "$(basename "$b")" = e2e_bench ] && continue
    echo "## $(basename "$b")"
    echo
    echo "Command: \`$b --benchmark_min_time=0.5\`"
    echo
    echo '```'
    "$b" --benchmark_min_time=0.5 2>&1 | grep -v "^\*\*\*" || true
    echo '```'
    echo
  done
}

main
