#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: a new cluster on 127.0.0.1
# and a free port, fsync off, trust authentication on loopback only. The command
# sees TANDEM_TEST_DATABASE_URL (and DATABASE_URL_FOR_TESTS). The cluster is
# stopped and deleted afterwards, also when the command fails.
set -euo pipefail

pg_bin=""
for candidate in /usr/lib/postgresql/*/bin; do [[ -x "$candidate/initdb" ]] && pg_bin="$candidate"; done
if [[ -z "$pg_bin" ]] && [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the PostgreSQL test run ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  for candidate in /usr/lib/postgresql/*/bin; do [[ -x "$candidate/initdb" ]] && pg_bin="$candidate"; done
fi
if [[ -z "$pg_bin" ]]; then
  echo "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin). Install postgresql." >&2
  exit 1
fi

dir=$(mktemp -d /tmp/tandem-pg.XXXXXX)
chmod 755 "$dir"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

# initdb refuses to run as root: use the postgres user then.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [[ $(id -u) -eq 0 ]]; then chown postgres "$dir"; fi

stop() {
  as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_owner "$pg_bin/initdb" -D "$dir/data" -U tandem --auth=trust -E UTF8 --locale=C >/dev/null
as_owner "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=1000" \
  start >/dev/null
as_owner "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U tandem tandem_test

export TANDEM_TEST_DATABASE_URL="postgres://tandem@127.0.0.1:$port/tandem_test"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') running on 127.0.0.1:$port"
"$@"
