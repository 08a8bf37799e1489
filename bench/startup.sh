#!/usr/bin/env bash
# Start-up of the shipped `itb` against a Native AOT hello-world, side by side in one run (issue 13, docs/performance.md):
#   - builds a Native AOT hello-world of its own (net10.0, InvariantGlobalization, nothing else) in a temporary folder;
#   - publishes `itb` as Native AOT, unless ITB=path/to/itb names one already built;
#   - runs each command RUNS times as a new process, the commands taking turns (hello, --version, refill, hello, ...),
#     so a busy moment of a shared machine hits every command alike; output goes to /dev/null;
#   - prints one table: median and fastest wall time, the median as a multiple of the hello-world's, peak RSS.
#   - with FLOOR=1, also publishes a copy of this tree whose Main returns at once (when ITB_BENCH_EMPTY_MAIN=1, set
#     only here), the same program otherwise: what the runtime's start costs this executable before any command runs.
# Usage: bench/startup.sh [RUNS=15]   (from anywhere; needs the .NET 10 SDK and a C toolchain)
# BUILD_WRAPPER prefixes the dotnet commands (e.g. BUILD_WRAPPER="flock /tmp/itb-build.lock nice" on a shared machine).
# Processes start with the files in the page cache (a new process each run, not a dropped cache).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
build_wrapper=(${BUILD_WRAPPER:-})
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d "${TMPDIR:-/tmp}/itb-bench-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "Building the Native AOT hello-world..." >&2
mkdir "$work/hello"
cat >"$work/hello/hello.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <InvariantGlobalization>true</InvariantGlobalization>
    <PublishAot>true</PublishAot>
  </PropertyGroup>
</Project>
EOF
echo 'System.Console.WriteLine("hello, world");' >"$work/hello/Program.cs"
"${build_wrapper[@]}" dotnet publish "$work/hello" -c Release -r linux-x64 -o "$work/hello/out" >"$work/hello.log" 2>&1 ||
  { cat "$work/hello.log" >&2; exit 1; }
hello="$work/hello/out/hello"

itb=${ITB:-}
if [ -z "$itb" ]; then
  echo "Publishing itb as Native AOT (a few minutes)..." >&2
  "${build_wrapper[@]}" dotnet publish src/ItbPlanner.App -c Release -r linux-x64 -p:PublishAot=true -o "$work/itb" >"$work/itb.log" 2>&1 ||
    { grep -E "error|warning" "$work/itb.log" >&2; exit 1; }
  itb="$work/itb/itb"
fi

names=("hello-world (Native AOT)" "itb --version" "itb refill ... --json" "itb convert 0.186mg/day --to mcg/h")
commands=(
  "$hello"
  "$itb --version"
  "$itb refill --pump synchromed-ii-40 --concentration 500mcg/mL --dose 186mcg/day --date 2026-11-21 --json"
  "$itb convert 0.186mg/day --to mcg/h"
)

if [ "${FLOOR:-0}" = 1 ]; then
  echo "Publishing a copy of itb whose Main returns at once (a few minutes)..." >&2
  mkdir "$work/floor"
  git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$work/floor"
  program="$work/floor/src/ItbPlanner.App/Program.cs"
  awk '/^return await / { print "if (Environment.GetEnvironmentVariable(\"ITB_BENCH_EMPTY_MAIN\") == \"1\") { return 0; }" } { print }' \
    "$program" >"$program.new" && mv "$program.new" "$program"
  grep -q ITB_BENCH_EMPTY_MAIN "$program" || { echo "could not give the copy an empty Main" >&2; exit 1; }
  "${build_wrapper[@]}" dotnet publish "$work/floor/src/ItbPlanner.App" -c Release -r linux-x64 -p:PublishAot=true \
    -o "$work/floor/out" >"$work/floor.log" 2>&1 || { grep -E "error|warning" "$work/floor.log" >&2; exit 1; }
  export ITB_BENCH_EMPTY_MAIN=1
  names+=("itb with an empty Main (the floor)")
  commands+=("$work/floor/out/itb")
fi
# The commands read no log; a protocol, configuration and log of the bench's own keep the user's out of it.
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

for c in "${commands[@]}"; do $c >/dev/null 2>&1 || { echo "failed: $c" >&2; exit 1; }; done # and warm the cache

echo "Timing $runs runs of each, in turns..." >&2
for ((r = 0; r < runs; r++)); do
  for i in "${!commands[@]}"; do
    t0=$EPOCHREALTIME
    ${commands[$i]} >/dev/null 2>&1
    t1=$EPOCHREALTIME
    echo "$i ${t0/./} ${t1/./}" >>"$work/times"
  done
done

rss() { # peak resident set size in MB, from GNU time when present
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$work/rss" $1 >/dev/null 2>&1 && awk '{ printf "%.1f", $1 / 1024 }' "$work/rss"
  else
    echo "n/a"
  fi
}

stat() { # INDEX -> "median min" in ms
  awk -v i="$1" '$1 == i { print ($3 - $2) / 1000 }' "$work/times" | sort -n |
    awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f %.1f", m, v[1] }'
}

read -r base _ <<<"$(stat 0)"
echo
echo "Start-up, $runs new processes each, $(date -u +%Y-%m-%d), $(nproc) cores; itb $("$itb" --version), $(du -k "$itb" | awk '{ printf "%.1f MB", $1 / 1024 }')"
printf '| %-36s | %10s | %10s | %12s | %12s |\n' "Command" "median ms" "fastest ms" "× hello-world" "peak RSS MB"
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..38})" "$(printf -- '-%.0s' {1..12})" "$(printf -- '-%.0s' {1..12})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..14})"
for i in "${!commands[@]}"; do
  read -r median fastest <<<"$(stat "$i")"
  ratio=$(awk -v m="$median" -v b="$base" 'BEGIN { printf "%.2f", m / b }')
  printf '| %-36s | %10s | %10s | %12s | %12s |\n' "${names[$i]}" "$median" "$fastest" "$ratio" "$(rss "${commands[$i]}")"
done

# First paint of the bedside app in a real terminal (tmux, 80x24): from the keystroke that starts `itb` in a waiting
# shell to the main window's status bar on screen, polling the screen. The same measurement of `echo` shows what the
# terminal and the polling cost by themselves. The log is an empty one of the bench's own.
if command -v tmux >/dev/null 2>&1; then
  session="itb-bench-paint-$$"
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux new-session -d -s "$session" -x 80 -y 24 "env -i PATH=/usr/bin:/bin HOME=$work TERM=xterm-256color PS1='$ ' bash --norc --noprofile"
  trap 'tmux kill-session -t "$session" 2>/dev/null; rm -rf "$work"' EXIT
  paint() { # COMMAND TEXT -> ms from Enter until TEXT is on screen
    tmux send-keys -t "$session" "clear" Enter
    while tmux capture-pane -p -t "$session" | grep -q "[a-z]"; do :; done
    local t0=$EPOCHREALTIME
    tmux send-keys -t "$session" "$1" Enter
    until tmux capture-pane -p -t "$session" | grep -qF "$2"; do :; done
    local t1=$EPOCHREALTIME
    echo $(((${t1/./} - ${t0/./}) / 1000))
  }
  itb_ui="ITB_DB=$work/paint.db ITB_AUTHOR=bench $itb"
  : >"$work/paint"
  for ((r = 0; r < runs; r++)); do
    echo "e $(paint "echo painted-by-echo" "painted-by-echo")" >>"$work/paint"
    echo "i $(paint "$itb_ui" "F2  New patient")" >>"$work/paint"
    tmux send-keys -t "$session" C-q
    until tmux capture-pane -p -t "$session" | grep -q '^\$ *$'; do :; done
  done
  median() { awk -v k="$1" '$1 == k { print $2 }' "$work/paint" | sort -n | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.0f", m }'; }
  echo
  echo "First paint in tmux at 80x24, $runs runs each (median ms, Enter to text on screen)"
  echo "| echo (terminal and polling alone) | $(median e) |"
  echo "| itb main window (status bar drawn) | $(median i) |"
fi
