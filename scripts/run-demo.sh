#!/usr/bin/env bash
# make run: codes the bundled sample articles and prints their events.
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
"$build/isnad" code "$here"/samples/*.txt "$here"/samples/*.jsonl
