#!/usr/bin/env bash
# A throw-away local PostgreSQL for claimgraph's store: Debian's PostgreSQL server, a cluster in
# a folder of its own, listening on loopback only, trust authentication for the user `cg`.
#   bin/store.sh start [DIR] [PORT]   start it (creating the cluster the first time); prints the URL
#   bin/store.sh stop [DIR]           stop it
#   bin/store.sh url [DIR] [PORT]     print the URL
# DIR defaults to .store/ in the repository (CLAIMGRAPH_STORE_DIR), PORT to 54329 (CLAIMGRAPH_STORE_PORT).
set -euo pipefail
cd "$(dirname "$0")/.."

action=${1:-start}
dir=${2:-${CLAIMGRAPH_STORE_DIR:-$PWD/.store}}
port=${3:-${CLAIMGRAPH_STORE_PORT:-54329}}
url="postgres://cg@127.0.0.1:$port/claimgraph"

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "store: PostgreSQL's server is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi

# initdb and the server refuse to run as root: as root, the cluster belongs to the postgres user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_owner "'$bindir/initdb' -D '$dir' -A trust -U cg -E UTF8 --locale=C.UTF-8" >/dev/null
    fi
    if ! as_owner "'$bindir/pg_ctl' -D '$dir' status" >/dev/null 2>&1; then
      as_owner "'$bindir/pg_ctl' -D '$dir' -l '$dir/server.log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1\" start" >/dev/null
    fi
    as_owner "'$bindir/psql' -h 127.0.0.1 -p $port -U cg -d postgres -tAc \"SELECT 1 FROM pg_database WHERE datname = 'claimgraph'\"" | grep -q 1 ||
      as_owner "'$bindir/createdb' -h 127.0.0.1 -p $port -U cg claimgraph"
    echo "$url"
    ;;
  stop)
    if [ -f "$dir/PG_VERSION" ]; then as_owner "'$bindir/pg_ctl' -D '$dir' -m fast -w stop" >/dev/null || true; fi
    ;;
  url)
    echo "$url"
    ;;
  *)
    echo "usage: bin/store.sh start|stop|url [DIR] [PORT]" >&2
    exit 2
    ;;
esac
