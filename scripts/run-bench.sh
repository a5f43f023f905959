#!/usr/bin/env bash
# make bench: runs every benchmark program of bench/ and writes their figures,
# with the command and the machine, to docs/PERFORMANCE.md.
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/docs/PERFORMANCE.md"
tmp=$(mktemp)
marker='<!-- Everything below is written by `make bench`. -->'
{
  # The hand-written summary above the marker is kept.
  if [ -f "$out" ] && grep -qF "$marker" "$out"; then
    awk -v m="$marker" '$0 == m { exit } { print }' "$out"
  else
    echo "# Performance"
    echo
  fi
  echo "$marker"
  echo
  echo "Measured by \`make bench\` on $(date -u +%Y-%m-%d): $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs),"
  echo "$(free -g | awk '/Mem:/{print $2}') GB RAM. Ratios measured in the same run are the figures that count on a shared machine."
  echo
  for b in "$build"/bench/*_bench; do
    [ -x "$b" ] || continue
    echo "## $(basename "$b")"
    echo
    echo "Command: \`$b --benchmark_min_time=0.5\`"
    echo
    echo '```'
    "$b" --benchmark_min_time=0.5 2>&1 | grep -v "^\*\*\*" || true
    echo '```'
    echo
  done
} > "$tmp"
mv "$tmp" "$out"
echo "wrote $out"
