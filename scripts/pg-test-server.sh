#!/usr/bin/env bash
# A private, throwaway PostgreSQL 15 cluster for the tests and benchmarks.
#
#   scripts/pg-test-server.sh start DIR   initdb + start; prints the URI
#   scripts/pg-test-server.sh stop DIR    stop and delete the cluster
#   scripts/pg-test-server.sh uri DIR     print the URI only
#
# DIR is any directory of the caller (the build tree). The cluster itself lives
# in /tmp/isnad-pg-<hash of DIR> because PostgreSQL refuses to run as root: as
# root, the server runs as the `postgres` user, which owns that directory. The
# server listens on a unix socket in that directory only (no TCP port, so
# several build trees never collide), trusts local connections, and commits
# without waiting for the WAL flush (synchronous_commit=off: a crash of the
# machine may lose the last commits, never corrupt them, as SQLite's WAL with
# synchronous=NORMAL). The URI is also written to DIR/pg-test-uri.
#
# Exit codes: 0 done; 77 PostgreSQL's binaries are absent (tests then skip);
# 1 anything else.
set -euo pipefail

action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop|uri DIR" >&2
  exit 1
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

bindir=${ISNAD_PG_BINDIR:-/usr/lib/postgresql/15/bin}
hash=$(printf '%s' "$dir" | md5sum | cut -c1-12)
home=/tmp/isnad-pg-$hash
data=$home/data
port=5432
uri="postgresql:///postgres?host=$home&port=$port&user=postgres"

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_server() {
  cd /
  if [ -f "$data/postmaster.pid" ] && [ -x "$bindir/pg_ctl" ]; then
    as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$home"
}

case "$action" in
  uri)
    echo "$uri"
    ;;
  start)
    if [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
      echo "pg-test-server: PostgreSQL binaries not found in $bindir (install Debian's postgresql)" >&2
      exit 77
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
      echo "pg-test-server: running as root and there is no 'postgres' user to run the server" >&2
      exit 1
    fi
    stop_server
    mkdir -p "$home"
    chmod 700 "$home"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$home"
    # The server's user may not be allowed into the caller's directory.
    cd "$home"
    as_owner "$bindir/initdb" -D "$data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >"$home/initdb.log" 2>&1 || {
      cat "$home/initdb.log" >&2
      exit 1
    }
    as_owner "$bindir/pg_ctl" -D "$data" -l "$home/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $home -p $port -c synchronous_commit=off -c max_connections=50" \
      start >/dev/null || {
      cat "$home/server.log" >&2
      exit 1
    }
    echo "$uri" >"$dir/pg-test-uri"
    echo "$uri"
    ;;
  stop)
    stop_server
    rm -f "$dir/pg-test-uri"
    ;;
  *)
    echo "usage: $0 start|stop|uri DIR" >&2
    exit 1
    ;;
esac
