#!/usr/bin/env bash
# End-to-end test of the terminal UI in a real terminal: the built `itb` runs inside a detached tmux server on its own
# socket (120x60, TERM=xterm-256color, CI unset, a temporary --db). The script types like a clinician, polls the screen
# for what it expects every 0.1 s (never a fixed sleep; a timeout dumps the screen and fails the check), and checks:
#   1. the home screen renders;
#   2. a full screening -> implant -> titration -> refill pass completes (history entered with past times, the refill now);
#   3. a critical alert appears in a red panel and blocks the visit until acknowledged;
#   4. quitting exits 0 and leaves the terminal clean (alternate screen left, cursor shown), and so does Ctrl+C (exit 130).
# It ends with one line "N passed, N failed" and exits non-zero when a check failed.
#
# Usage: tests/e2e/tui.sh [path/to/itb]   (default: $ITB, else the Debug build under src/ItbPlanner.App)
# ITB_E2E_SAVE_SCREENS=1 also writes the screens of the run to tests/e2e/screens/ (commit them after a passing run).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
itb=${1:-${ITB:-$here/../../src/ItbPlanner.App/bin/Debug/net10.0/itb}}
timeout_s=${ITB_E2E_TIMEOUT:-15}
socket="itb-e2e-$$"
tmux_() { tmux -L "$socket" -f /dev/null "$@"; }
work=$(mktemp -d "${TMPDIR:-/tmp}/itb-e2e.XXXXXX")
db="$work/itb.db"
pane=tui
passed=0
failed=0
screen_no=0

cleanup() {
  tmux_ kill-server >/dev/null 2>&1 || true
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$socket"
  rm -rf "$work"
}
trap cleanup EXIT

command -v tmux >/dev/null || { echo "tmux is not installed (.ci/run installs it)"; echo "0 passed, 1 failed"; exit 1; }
[ -x "$itb" ] || { echo "itb not found or not executable: $itb (build first, or pass its path)"; echo "0 passed, 1 failed"; exit 1; }

screen() { tmux_ capture-pane -p -t "$pane" -S -200 2>/dev/null; }

# start NAME: a session running itb in a fresh pane; the pane's shell survives the app (and its Ctrl+C) to print EXIT=.
start() {
  pane=$1
  tmux_ new-session -d -s "$pane" -x 120 -y 60 \
    "trap 'echo INTERRUPTED' INT; env -u CI -u GITHUB_ACTIONS TERM=xterm-256color ITB_AUTHOR=e2e-nurse '$itb' --db '$db'; echo EXIT=\$?; sleep 600"
}

# wait_for REGEX [DESCRIPTION]: poll the screen until REGEX (extended, grep -E) matches; on timeout dump and fail.
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

# type_line TEXT: type literal text and press Enter.
type_line() { tmux_ send-keys -t "$pane" -l -- "$1"; tmux_ send-keys -t "$pane" Enter; }

# choose WORD NEXT: filter the menu with one word, press Enter, then wait for NEXT (a regex) to appear.
choose() { type_line "$1"; wait_for "$2"; }

# answer TEXT NEXT: answer a text prompt, then wait for NEXT.
answer() { type_line "$1"; wait_for "$2"; }

save() {
  screen_no=$((screen_no + 1))
  if [ "${ITB_E2E_SAVE_SCREENS:-}" = 1 ]; then
    screen | sed -e 's/[[:space:]]*$//' >"$here/screens/$(printf '%02d' "$screen_no")-$1.txt"
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

day() { date -d "$1 days ago" +%F; }
D4=$(day 4) D3=$(day 3) D2=$(day 2) D1=$(day 1)

if [ "${ITB_E2E_SAVE_SCREENS:-}" = 1 ]; then
  rm -f "$here"/screens/*.txt
fi

start tui

home_renders() {
  wait_for 'ItbPlanner · Home' 'the home screen' &&
    wait_for 'No patients yet' 'the empty clinic' &&
    wait_for '> Open patient' 'the home menu' &&
    save home-empty
}
check "home renders" home_renders

full_pass() {
  # A new patient, registered four days ago.
  choose New 'Patient id' &&
    answer P1 'Label shown' && answer '' 'Whose dose limits' &&
    choose Adult 'Where does the spasticity' && choose Spinal 'Withdrawal risk factors' &&
    choose None 'Registered from' && answer "$D4 08:00" 'Register this patient' &&
    choose Register 'ItbPlanner · Patient P1' && save patient-new &&
    # The screening trial: booking, baseline, the 50 mcg bolus (1 mL of 50 mcg/mL), scores 2 h after, a positive outcome.
    choose Screening 'Screening: what next' && save screening-start &&
    choose Book 'Date of the first screening bolus' && answer '' 'When was it booked' && answer "$D4 09:00" 'Book the screening trial' &&
    choose Log '> Record the baseline' &&
    choose baseline 'When were the scores taken' && answer "$D3 08:00" 'Modified Ashworth' &&
    choose 3 'Muscle group' && answer 'left knee flexors' 'Penn spasm frequency' && choose 3 'Log the assessment' &&
    choose Log 'Give bolus 1: 50 mcg' &&
    choose Give 'Volume to draw' && save screening-bolus && choose Lumbar 'When was it given' && answer "$D3 08:30" 'Log bolus 1' &&
    choose Log 'Record an assessment after bolus 1' &&
    choose after 'Time after the bolus' && answer '2 h' 'Modified Ashworth' &&
    choose 1+ 'Muscle group' && answer '' 'Penn spasm frequency' && choose 1 'Log the assessment' &&
    choose Log 'Record the outcome of bolus 1' &&
    choose outcome 'Response to the 50 mcg bolus' && choose Positive 'How long did the effect last' &&
    answer '6 h' 'adverse reaction' && choose No 'When was the outcome decided' && answer "$D3 16:00" 'Log the outcome' &&
    choose Log 'Screening positive' && save screening-positive &&
    # The implant two days ago: the start dose by the rule with its working, the first dates, typed confirmation.
    choose Go 'When did the infusion start' && answer "$D2 09:00" 'Pump model' &&
    choose 40 'Catheter model' && choose Not 'Concentration filled' && choose 500 'Volume filled' &&
    answer '' 'Starting daily dose' && save implant-start-dose &&
    choose rule "Type the patient's id" && save implant-review &&
    answer P1 'NOT YET TRANSFERRED TO THE PUMP' && save implant-logged &&
    choose Mark 'ItbPlanner · Patient P1' &&
    # A titration day yesterday: the proposed step towards 200 mcg/day, confirmed.
    choose Titration 'When is the new dose programmed' && answer "$D1 10:00" 'Target daily dose' &&
    answer '200 mcg/day' 'Proposed today +120 mcg/day' && save titration-plan &&
    choose Confirm "Type the patient's id" && save titration-review &&
    answer P1 'NOT YET TRANSFERRED TO THE PUMP' && choose Mark 'ItbPlanner · Patient P1' &&
    # The refill visit now: see critical_alert_blocks for the residual; then a new concentration with its bridge.
    critical_alert_blocks &&
    choose 1000 'Volume to fill' && answer '' 'Drug lot number' && answer '' 'Dead space' &&
    answer '0.25 mL' 'BRIDGE_BOLUS_REQUIRED' && save refill-bridge &&
    answer ACK 'What is being done' && answer 'bridge bolus programmed as shown' '> Keep' &&
    choose Keep "Type the patient's id" && save refill-review &&
    answer P1 'NOT YET TRANSFERRED TO THE PUMP' && save refill-logged &&
    choose Mark 'ItbPlanner · Patient P1' && save patient-after-refill &&
    choose Cancel 'ItbPlanner · Home' && wait_for 'Refill schedule' && save home-after
}

critical_alert_blocks() {
  choose Refill 'When is the reservoir aspirated' && answer '' 'Residual aspirated' &&
    answer '30 mL' 'CRITICAL — ACKNOWLEDGE TO CONTINUE' && wait_for 'OVER_DELIVERY' && save refill-critical &&
    type_line ok && wait_for "Type exactly 'ACK'" 'the refusal of a wrong acknowledgement' &&
    ! screen | grep -q 'Concentration for the refill' &&
    answer ACK 'What is being done' && answer 'pump interrogated; catheter study booked' 'Concentration for the refill' &&
    critical_logged=yes
}
critical_logged=no

check "screening -> implant -> titration -> refill completes" full_pass
check "a critical alert blocks until acknowledged" test "$critical_logged" = yes

quit_clean() {
  choose Quit 'EXIT=0' && save quit &&
    [ "$(tmux_ display-message -p -t "$pane" '#{alternate_on} #{cursor_flag}')" = "0 1" ] &&
    ! screen | grep -q 'What next'
}
check "quitting exits 0 and leaves the terminal clean" quit_clean

interrupt_clean() {
  start interrupted &&
    wait_for '> Open patient' 'the home menu' &&
    choose New 'Patient id' &&
    tmux_ send-keys -t "$pane" C-c &&
    wait_for 'EXIT=130' 'exit code 130 after Ctrl+C' &&
    [ "$(tmux_ display-message -p -t "$pane" '#{alternate_on} #{cursor_flag}')" = "0 1" ]
}
check "Ctrl+C leaves the terminal clean" interrupt_clean

logged() {
  env -u CI "$itb" --db "$db" log show --patient P1 >"$work/log.txt" 2>&1 &&
    grep -q 'program-transferred' "$work/log.txt" &&
    grep -q 'alarm-acknowledged' "$work/log.txt" &&
    grep -q 'refill' "$work/log.txt" &&
    "$itb" --db "$db" log verify >/dev/null
}
check "the pass is in the log and the log verifies" logged

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
