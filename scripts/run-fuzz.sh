#!/usr/bin/env bash
# make fuzz: builds the libFuzzer targets with clang and runs each for
# FUZZ_SECONDS (default 60) on a copy of its seed corpus under fuzz/corpus/.
# With FUZZ_RUNS=N instead, each target runs N inputs from a fixed seed, a
# repeatable smoke test (what CI runs). New inputs stay in the build tree; crashes
# are written there and make the run fail.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build-fuzz}
seconds=${FUZZ_SECONDS:-60}
CC=clang CXX=clang++ cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DISNAD_FUZZ=ON \
  -DISNAD_BUILD_TESTS=OFF -DISNAD_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target isnad_fuzzers
failed=0
for target in "$build"/fuzz/fuzz_*; do
  [ -x "$target" ] || continue
  name=$(basename "$target")
  corpus="$build/fuzz-corpus/$name"
  mkdir -p "$corpus" "$build/fuzz-crashes/$name"
  seed="$here/fuzz/corpus/$name"
  [ -d "$seed" ] || seed="$here/fuzz/corpus/${name%_*}"
  [ -d "$seed" ] && cp -n "$seed"/* "$corpus"/ 2>/dev/null || true
  if [ -n "${FUZZ_RUNS:-}" ]; then
    budget=(-runs="$FUZZ_RUNS" -seed=1)
    echo "== $name: $FUZZ_RUNS inputs, seed 1"
    rm -rf "$corpus" && mkdir -p "$corpus" && { [ -d "$seed" ] && cp "$seed"/* "$corpus"/ 2>/dev/null || true; }
  else
    budget=(-max_total_time="$seconds")
    echo "== $name: ${seconds}s"
  fi
  if ! "$target" "$corpus" "${budget[@]}" -rss_limit_mb=2048 -timeout=20 \
       -artifact_prefix="$build/fuzz-crashes/$name/" -print_final_stats=1 2>"$build/fuzz-$name.log"; then
    echo "!! $name failed: see $build/fuzz-$name.log and $build/fuzz-crashes/$name/"
    tail -20 "$build/fuzz-$name.log"
    failed=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/fuzz-$name.log" | sed 's/^/   /'
  fi
done
exit $failed
