#!/usr/bin/env bash
# make run: codes the bundled sample articles (ours, in Arabic, French and English)
# and prints their events, one JSON object a line; then stores them in
# <build>/demo.db and serves the explorer on http://127.0.0.1:$PORT/ (default
# 8080) until Ctrl-C, opening it in a browser when a display is available.
set -euo pipefail
build=${1:-build}
port=${PORT:-8080}
here=$(cd "$(dirname "$0")/.." && pwd)
echo "== coding the sample articles in samples/ ==" >&2
"$build/isnad" code "$here"/samples/*.txt "$here"/samples/*.jsonl
echo "== storing them in $build/demo.db ==" >&2
rm -f "$build/demo.db" "$build/demo.db-wal" "$build/demo.db-shm"
"$build/isnad" ingest "$here"/samples/*.txt "$here"/samples/*.jsonl --db "$build/demo.db"
url="http://127.0.0.1:$port/"
echo "== the explorer: $url (Ctrl-C stops) ==" >&2
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xdg-open >/dev/null; then
  # Opened once the server answers; never waits more than 10 s.
  ( for _ in $(seq 50); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then xdg-open "$url" >/dev/null 2>&1; exit 0; fi
      sleep 0.2
    done ) &
fi
exec "$build/isnad" serve --db "$build/demo.db" --port "$port"
