#!/usr/bin/env bash
# make run: codes the bundled sample articles (ours, in Arabic, French and English)
# and prints their events, one JSON object a line.
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
echo "== coding the sample articles in samples/ ==" >&2
"$build/isnad" code "$here"/samples/*.txt "$here"/samples/*.jsonl
