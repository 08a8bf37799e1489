#!/usr/bin/env bash
# The log's bench (issue 13 item 4, the log side): one command, one table.
#
#   BUILD_WRAPPER="flock /tmp/itb-build.lock nice" bash bench/log.sh [--quick] [RUNS]
#
# Builds the bench and the CLI (Release), generates the clinic (1,000 patients x 20 years, about 1.08 M events) and one
# patient with 100,000 events, caching both under $ITB_BENCH_CACHE (default /tmp/itb-bench-cache) keyed by the
# generator's source hash, so reruns skip generation. Then, on fresh copies:
#   - guarded appends per second at about 1,100 and at 100,000 events of history, through the application (the append
#     port, and the whole recording use case), reading the whole log as before issue 13 and through course snapshots;
#   - the schedule over the clinic in process, whole logs against snapshots, with the process's peak RSS;
#   - cold processes of the CLI (median of RUNS, default 10, with GNU time's peak RSS): schedule, log show and log verify
#     of one patient and of all. ITB=path/to/itb measures that binary (e.g. the Native AOT one) instead of the JIT build.
# --quick: 50 patients x 20 years and 10,000 events, 3 runs, for trying the script.
set -euo pipefail
cd "$(dirname "$0")/.."
QUICK=0
if [[ "${1:-}" == "--quick" ]]; then QUICK=1; shift; fi
RUNS="${1:-10}"
WRAP=(${BUILD_WRAPPER:-})
if (( QUICK )); then PATIENTS=50; LONG=10000; RUNS="${1:-3}"; COUNT=50; else PATIENTS=1000; LONG=100000; COUNT=200; fi
CACHE="${ITB_BENCH_CACHE:-/tmp/itb-bench-cache}"
GENVER=$(cat bench/ItbPlanner.Bench/ClinicGenerator.cs | sha256sum | cut -c1-12)
mkdir -p "$CACHE"
WORK=$(mktemp -d /tmp/itb-logbench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

"${WRAP[@]}" dotnet build bench/ItbPlanner.Bench -c Release -v q -nologo >/dev/null
BENCH=(dotnet bench/ItbPlanner.Bench/bin/Release/net10.0/ItbPlanner.Bench.dll)
if [[ -z "${ITB:-}" ]]; then
  "${WRAP[@]}" dotnet build src/ItbPlanner.App -c Release -v q -nologo >/dev/null
  ITB=src/ItbPlanner.App/bin/Release/net10.0/itb
fi
export ITB_PROTOCOL="$PWD/protocols/default.yaml"

CLINIC="$CACHE/clinic-$GENVER-${PATIENTS}x20.db"
LONGDB="$CACHE/long-$GENVER-$LONG.db"
if [[ ! -f "$CLINIC" ]]; then "${BENCH[@]}" generate --db "$CLINIC.new" --patients "$PATIENTS" --years 20 >&2 2>/dev/null && mv "$CLINIC.new" "$CLINIC"; fi
if [[ ! -f "$LONGDB" ]]; then "${BENCH[@]}" long-log --db "$LONGDB.new" --events "$LONG" >&2 && mv "$LONGDB.new" "$LONGDB"; fi
cp "$CLINIC" "$WORK/clinic.db"; cp "$LONGDB" "$WORK/long.db"

MID=$(printf 'BENCH-%05d' $(( PATIENTS / 2 )))
R="$WORK/results"
# Whole-log appends at 100,000 events take seconds each: fewer of them.
"${BENCH[@]}" appends --db "$WORK/clinic.db" --patient "$MID" --count 50 --mode whole | grep '^RESULT' | sed 's/^/clinic /' >> "$R"
"${BENCH[@]}" appends --db "$WORK/clinic.db" --patient "$MID" --count "$COUNT" --mode snapshot | grep '^RESULT' | sed 's/^/clinic /' >> "$R"
"${BENCH[@]}" appends --db "$WORK/long.db" --patient BENCH-00001 --count 5 --mode whole | grep '^RESULT' | sed 's/^/long /' >> "$R"
"${BENCH[@]}" appends --db "$WORK/long.db" --patient BENCH-00001 --count "$COUNT" --mode snapshot | grep '^RESULT' | sed 's/^/long /' >> "$R"
"${BENCH[@]}" schedule --db "$WORK/clinic.db" --mode whole --repeats 1 | grep '^RESULT' >> "$R"
"${BENCH[@]}" schedule --db "$WORK/clinic.db" --mode snapshot --repeats 5 | grep '^RESULT' >> "$R"

# Cold processes: each command RUNS times, the commands taking turns; wall time and peak RSS from GNU time.
declare -A cmds=(
  [schedule]="schedule --db $WORK/clinic.db"
  [schedule-json]="schedule --json --db $WORK/clinic.db"
  [show-one]="log show --patient $MID --db $WORK/clinic.db"
  [show-long-json]="log show --patient BENCH-00001 --json --db $WORK/long.db"
  [verify-one]="log verify --patient $MID --db $WORK/clinic.db"
  [verify-all]="log verify --db $WORK/clinic.db"
)
order=(schedule schedule-json show-one show-long-json verify-one verify-all)
"$ITB" ${cmds[schedule]} >/dev/null # the first schedule after the appends saves the snapshots it had to rebuild
for ((r = 0; r < RUNS; r++)); do
  for name in "${order[@]}"; do
    /usr/bin/time -f "%e %M" -o "$WORK/t" "$ITB" ${cmds[$name]} >/dev/null 2>"$WORK/err" || { echo "$name failed:"; cat "$WORK/err"; exit 1; } >&2
    echo "$(cat "$WORK/t")" >> "$WORK/$name.times"
  done
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(dotnet --version 2>/dev/null | sed 's/^/.NET SDK /'); itb: $ITB"
echo "Clinic: $PATIENTS patients x 20 years ($(du -m "$CLINIC" | cut -f1) MiB); long log: $LONG events; cold runs: $RUNS"
echo
printf '| %-62s | %-10s | %12s | %10s | %8s |\n' "Measure" "Mode" "per second" "median ms" "peak MB"
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..64})" "------------" "--------------" "------------" "----------"
while read -r line; do
  set -- $line
  if [[ "$1" == RESULT ]]; then # schedule-inprocess MODE... rows first median peak
    shift; kind=$1; shift; mode="$1"; [[ "$mode" == whole ]] && { shift; mode="whole log"; }
    shift; rows=$1 first=$2 med=$3 peak=$4
    printf '| %-62s | %-10s | %12s | %10s | %8s |\n' "schedule in process ($rows rows; first run $first ms)" "$mode" "" "$med" "$peak"
  else
    where=$1; shift 2; kind=$1; shift; mode="$1"; [[ "$mode" == whole ]] && { shift; mode="whole log"; }
    shift; size=$1 rate=$2 med=$3
    label="guarded appends, ${kind#appends-} ($size events of history)"
    printf '| %-62s | %-10s | %12s | %10s | %8s |\n' "$label" "$mode" "$rate" "$med" ""
  fi
done < "$R"
for name in "${order[@]}"; do
  t=$(cut -d' ' -f1 "$WORK/$name.times" | median); m=$(cut -d' ' -f2 "$WORK/$name.times" | median)
  printf '| %-62s | %-10s | %12s | %10.0f | %8.1f |\n' "cold itb ${cmds[$name]%% --db*}" "cli" "" "$(echo "$t * 1000" | bc)" "$(echo "$m / 1024" | bc -l)"
done
