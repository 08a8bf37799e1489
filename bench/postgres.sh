#!/usr/bin/env bash
# The team log on PostgreSQL beside SQLite, same machine, same run (docs/performance.md, issue 14):
#   - single-event appends per second (each its own transaction, as the command line appends), unguarded and guarded;
#   - 4 writer processes x 300 appends at once, to one patient and to four;
#   - `itb schedule` over a clinic of PATIENTS patients (a new process each run, median of RUNS).
# Usage: bench/postgres.sh [PATIENTS=1000] [YEARS=20] [RUNS=5]   (from the repository root; needs initdb and pg_ctl)
# BUILD_WRAPPER prefixes the dotnet builds (e.g. BUILD_WRAPPER="flock /tmp/itb-build.lock nice" on a shared machine).
# The PostgreSQL cluster is a throwaway one in a temporary directory, on a Unix socket, with the server's default
# durability (fsync on, synchronous_commit on), run as a non-root user; it is stopped and deleted on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
patients=${1:-1000}
years=${2:-20}
runs=${3:-5}
build_wrapper=(${BUILD_WRAPPER:-})
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ITB_AUTHOR=bench

work=$(mktemp -d /tmp/itb-bench-pg.XXXXXX)
pg_initdb=$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
pg_bin=$(dirname "$(readlink -f "$pg_initdb")")
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  chmod 0777 "$work"
  as_pg=(runuser -u nobody --)
fi
stop() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT

echo "== build (Release)"
"${build_wrapper[@]}" dotnet build src/ItbPlanner.App -c Release -v q -nologo >/dev/null
"${build_wrapper[@]}" dotnet build bench/ItbPlanner.Bench -c Release -v q -nologo >/dev/null
"${build_wrapper[@]}" dotnet build tests/ItbPlanner.Storage.Writer -c Release -v q -nologo >/dev/null
itb=src/ItbPlanner.App/bin/Release/net10.0/itb
bench=bench/ItbPlanner.Bench/bin/Release/net10.0/ItbPlanner.Bench.dll
writer=tests/ItbPlanner.Storage.Writer/bin/Release/net10.0/ItbPlanner.Storage.Writer.dll

echo "== PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') in $work"
"${as_pg[@]}" "$pg_bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -o "-k $work -c listen_addresses=''" start >/dev/null
pg() { echo "postgresql://postgres@/$1?host=$work"; }
"$pg_bin/psql" -q -h "$work" -U postgres -d postgres -c "CREATE DATABASE clinic" -c "CREATE DATABASE appends" -c "CREATE DATABASE writers_one" -c "CREATE DATABASE writers_four"
for db in clinic appends writers_one writers_four; do
  "$itb" db init --db "$(pg "$db")" --no-roles >/dev/null
done

echo "== the clinic: $patients patients x $years years, generated on SQLite, copied to PostgreSQL"
dotnet "$bench" generate --db "$work/clinic.db" --patients "$patients" --years "$years"
start=$(date +%s%N)
"$itb" log copy --from "$work/clinic.db" --to "$(pg clinic)"
echo "copy to PostgreSQL: $((($(date +%s%N) - start) / 1000000)) ms"

# The median of RUNS wall times (ms) of a command, a new process each time.
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null
    t1=$(date +%s%N)
    times+=($(((t1 - t0) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
}

echo "== itb schedule over $patients patients (median of $runs, ms)"
echo "sqlite:     $(median_ms "$itb" schedule --db "$work/clinic.db")"
echo "postgresql: $(median_ms "$itb" schedule --db "$(pg clinic)")"
echo "== itb patient list (median of $runs, ms)"
echo "sqlite:     $(median_ms "$itb" patient list --db "$work/clinic.db")"
echo "postgresql: $(median_ms "$itb" patient list --db "$(pg clinic)")"

echo "== appends in one process (bench run: single-event transactions)"
cp "$work/clinic.db" "$work/appends.db"
echo "-- sqlite"
dotnet "$bench" run --db "$work/appends.db" --appends 1000 --guarded-appends 100 --repeats 10
echo "-- postgresql"
dotnet "$bench" run --db "$(pg clinic)" --appends 1000 --guarded-appends 100 --repeats 10

# 4 writer processes x 300 notes at once; registers the patients first through itb.
writers() {
  local db=$1
  shift
  for p in "$@"; do
    "$itb" patient add --id "$p" --population adult --origin spinal --db "$db" >/dev/null
  done
  local t0 t1
  t0=$(date +%s%N)
  for i in 0 1 2 3; do
    local mine=("$@")
    dotnet "$writer" "$db" "writer-$i" 300 "${mine[@]:i % $#}" "${mine[@]:0:i % $#}" >/dev/null &
  done
  wait
  t1=$(date +%s%N)
  echo "$((1200 * 1000 / ((t1 - t0) / 1000000))) appends/s (1200 in $(((t1 - t0) / 1000000)) ms, process start-up included)"
  "$itb" log verify --db "$db" 2>/dev/null
}
echo "== 4 processes x 300 appends, one patient"
echo "sqlite:     $(writers "$work/writers-one.db" W1)"
echo "postgresql: $(writers "$(pg writers_one)" W1)"
echo "== 4 processes x 300 appends, four patients"
echo "sqlite:     $(writers "$work/writers-four.db" W1 W2 W3 W4)"
echo "postgresql: $(writers "$(pg writers_four)" W1 W2 W3 W4)"
