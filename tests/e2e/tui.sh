#!/usr/bin/env bash
# End-to-end test of the bedside app in a real terminal: the built `itb` runs inside a detached tmux server on its own
# socket (80x24 unless ITB_E2E_SIZE=COLSxROWS, TERM=xterm-256color, CI unset, a temporary --db). It plays the published
# stiff-person-syndrome case (Zhang et al.): the history up to titration at 186 mcg/day is entered with the scriptable
# commands (dated relative to today, so the run works on any day), then the two refill visits are played in the app:
#   1. the main window renders with the patient, the banner and the keys;
#   2. a refill whose residual says the pump under-delivered raises a critical modal that Esc does not close and that stays
#      on screen until ACK and the action are typed; both are logged at the visit's time;
#   3. a refill changing 500 -> 1000 mcg/mL brings its bridge bolus (critical, acknowledged), the before/after review with
#      the typed id, and the plan marked transferred;
#   4. Ctrl+Q quits with exit 0 and the log verifies.
# Screens named in GOLDEN are compared with tests/e2e/screens/*.txt after masking what changes from day to day (digits,
# month and weekday names, the temporary path). Regenerate them after a passing run with:
#   ITB_E2E_SAVE_SCREENS=1 bash tests/e2e/tui.sh src/ItbPlanner.App/bin/Debug/net10.0/itb
# It ends with one line "N passed, N failed" and exits non-zero when a check failed.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
itb=${1:-${ITB:-$here/../../src/ItbPlanner.App/bin/Debug/net10.0/itb}}
size=${ITB_E2E_SIZE:-80x24}
timeout_s=${ITB_E2E_TIMEOUT:-20}
socket="itb-e2e-$$"
tmux_() { tmux -L "$socket" -f /dev/null "$@"; }
work=$(mktemp -d "${TMPDIR:-/tmp}/itb-e2e.XXXXXX")
db="$work/itb.db"
pane=tui
passed=0
failed=0
GOLDEN="main-window under-delivery-modal refill-fill bridge-modal"

cleanup() {
  tmux_ kill-server >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v tmux >/dev/null || { echo "tmux is not installed (.ci/run installs it)"; echo "0 passed, 1 failed"; exit 1; }
[ -x "$itb" ] || { echo "itb not found or not executable: $itb (build first, or pass its path)"; echo "0 passed, 1 failed"; exit 1; }

screen() { tmux_ capture-pane -p -t "$pane" 2>/dev/null; }
keys() { tmux_ send-keys -t "$pane" "$@"; }
text() { tmux_ send-keys -t "$pane" -l -- "$1"; }

wait_for() {
  local regex=$1 what=${2:-$1} deadline=$((SECONDS + timeout_s))
  while ((SECONDS < deadline)); do
    if screen | grep -Eq -- "$regex"; then
      return 0
    fi
    sleep 0.1
  done
  echo "TIMEOUT waiting for: $what" >&2
  echo "----- screen -----" >&2
  screen >&2
  echo "------------------" >&2
  return 1
}

mask() {
  sed -E -e 's/[[:space:]]+$//' -e "s#$work#WORK#g" -e 's/[0-9]/9/g' \
    -e 's/(January|February|March|April|May|June|July|August|September|October|November|December)/Month/g' \
    -e 's/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/Day/g'
}

# save NAME: keep the screen; a golden one is compared with its masked copy (or written when regenerating).
save() {
  local name=$1 file="$here/screens/$1.txt"
  screen | mask >"$work/$name.txt"
  case " $GOLDEN " in *" $name "*) ;; *) return 0 ;; esac
  if [ "${ITB_E2E_SAVE_SCREENS:-}" = 1 ]; then
    mkdir -p "$here/screens" && cp "$work/$name.txt" "$file"
    return 0
  fi
  if ! diff -u "$file" "$work/$name.txt" >&2; then
    echo "golden screen $name differs (regenerate with ITB_E2E_SAVE_SCREENS=1 after checking)" >&2
    return 1
  fi
}

check() {
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "PASS $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name"
  fi
}

itb_() { env -u CI ITB_AUTHOR=e2e-nurse "$itb" --db "$db" "$@" >/dev/null; }
at() { date -d "$1" +%Y-%m-%dT%H:%M; }
local_at() { date -d "$1" '+%Y-%m-%d %H:%M'; }

# The published case up to titration, by the commands: an SPS patient with her scores before and after a 50 mcg
# screening bolus, a SynchroMed II 40 mL implant at 500 mcg/mL, titration to 186 mcg/day simple continuous.
history() {
  itb_ patient add --id SPS1 --population adult --origin sps --label "SPS case" --at "$(at '70 days ago 09:00')" &&
    itb_ log record assessment --patient SPS1 --score sps-distribution-of-stiffness=4 --score sps-heightened-sensitivity=5 --at "$(at '69 days ago 08:30')" &&
    itb_ log record screening-bolus --patient SPS1 --dose 50mcg --at "$(at '69 days ago 09:00')" &&
    itb_ log record assessment --patient SPS1 --score sps-distribution-of-stiffness=2 --score sps-heightened-sensitivity=2 --after-bolus 4h --at "$(at '69 days ago 13:00')" &&
    itb_ log record screening-outcome --patient SPS1 --outcome positive --effect-hours 8 --at "$(at '69 days ago 17:00')" &&
    itb_ log record implant --patient SPS1 --pump synchromed-ii-40 --fill-volume 40mL --concentration 500mcg/mL --dose 100mcg/day --at "$(at '60 days ago 10:00')" &&
    itb_ log record program-transferred --patient SPS1 --at "$(at '60 days ago 10:30')" &&
    for step in "58:115" "56:132" "54:151" "52:173" "50:186"; do
      itb_ log record dose-program --patient SPS1 --dose "${step#*:}mcg/day" --reason titration --at "$(at "${step%%:*} days ago 10:00")" &&
        itb_ log record program-transferred --patient SPS1 --at "$(at "${step%%:*} days ago 10:30")" || return 1
    done
}
check "the history up to 186 mcg/day is logged by the commands" history

cols=${size%x*} rows=${size#*x}
tmux_ new-session -d -s "$pane" -x "$cols" -y "$rows" \
  "env -u CI -u GITHUB_ACTIONS TERM=xterm-256color ITB_AUTHOR=e2e-nurse '$itb' --db '$db'; echo EXIT=\$?; sleep 600"

main_window() {
  wait_for 'SPS1' 'the clinic table' && wait_for 'F6 +Refill' 'the keys the workflow permits' && save main-window
}
check "the main window shows the patient and the permitted keys" main_window

under_delivery() {
  keys F6 && wait_for 'Refill visit · patient SPS1' 'the refill wizard' &&
    keys C-a Delete && text "$(local_at '20 days ago 10:00')" && keys Tab && text '39 mL' && keys Enter &&
    wait_for 'CRITICAL' 'the critical modal' && wait_for 'UNDER_DELIVERY|DELIVERY' 'the under-delivery alert' && save under-delivery-modal &&
    keys Escape && sleep 0.3 && wait_for 'CRITICAL' 'the modal still there after Esc' &&
    text 'ACK' && keys Tab && text 'pump interrogated, catheter study booked' && keys Enter &&
    wait_for 'Volume to fill' 'the fill step' && save refill-fill &&
    keys Enter && wait_for 'Titration complete' 'the dose step' && keys Enter &&
    wait_for "Type the patient's id" 'the review' && wait_for 'Mo Tu We Th Fr Sa Su' 'the calendar' && save refill-review-1 &&
    text SPS1 && keys Enter && wait_for 'NOT YET TRANSFERRED TO THE PUMP' 'the transfer question' &&
    { [ -z "${E2E_DEBUG:-}" ] || screen >&2; } && keys Tab Enter && wait_for 'F6 +Refill' 'the main window again' && save after-refill-1
}
check "an under-delivery residual stays on screen until ACK and the action" under_delivery

# A second refill now, at 1000 mcg/mL.
new_strength() {
  wait_for 'F6 +Refill' 'back on the main window' &&
    keys F6 && wait_for 'Refill visit · patient SPS1' 'the refill wizard' &&
    keys Tab && text '32.6 mL' && keys Enter &&
    wait_for 'Volume to fill' 'the fill step' && keys Tab Tab && text '0.25 mL' && keys Tab C-a Delete && text '1000 mcg/mL' && keys Enter &&
    wait_for 'BRIDGE_BOLUS_REQUIRED' 'the bridge alert' && save bridge-modal &&
    text 'ACK' && keys Tab && text 'bridge bolus programmed as shown' && keys Enter &&
    wait_for 'Titration complete' 'the dose step' && keys Enter &&
    wait_for "Type the patient's id" 'the review' && wait_for '1000 mcg/mL' 'the new strength in the review' && save refill-review-2 &&
    text SPS1 && keys Enter && wait_for 'NOT YET TRANSFERRED TO THE PUMP' 'the transfer question' && save transfer &&
    keys Tab Enter && wait_for 'F6 +Refill' 'the main window again' && save after-refill-2
}
check "a refill 500 -> 1000 mcg/mL brings its bridge and is confirmed by the typed id" new_strength

quit_clean() {
  keys C-q && wait_for 'EXIT=0' 'exit 0 after Ctrl+Q'
}
check "Ctrl+Q quits with exit 0" quit_clean

logged() {
  env -u CI "$itb" --db "$db" log show --patient SPS1 >"$work/log.txt" 2>&1 &&
    grep -q 'alarm-acknowledged' "$work/log.txt" &&
    [ "$(grep -c 'refill' "$work/log.txt")" -ge 2 ] &&
    grep -q '1000 mcg/mL' "$work/log.txt" &&
    "$itb" --db "$db" log verify >/dev/null
}
check "both refills and the acknowledgements are in the log, and the log verifies" logged

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
