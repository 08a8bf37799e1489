#!/usr/bin/env bash
# Issue 13's bench in one command: start-up against a Native AOT hello-world and the UI's first paint in tmux
# (bench/startup.sh), then the log's appends, schedule, show and verify with peak RSS (bench/log.sh). Each prints its
# table; figures and the machine go in docs/performance.md.
#
#   BUILD_WRAPPER="flock /tmp/itb-build.lock nice" bash bench/run.sh [--quick]
#
# --quick: fewer runs and the small clinic, for trying it, without the start-up floor (FLOOR=1 adds it; FLOOR=0 leaves
# it out of the full run). ITB=path/to/itb (a Native AOT binary) skips the publish in
# the start-up bench and measures that binary's cold processes in the log bench too.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--quick" ]]; then
  bash bench/startup.sh 5
  bash bench/log.sh --quick
else
  FLOOR=${FLOOR:-1} bash bench/startup.sh 15   # with the empty-Main floor: one more publish
  bash bench/log.sh 10
fi
