#!/usr/bin/env bash
# End-to-end test of the bedside app in a real terminal: the built `itb` runs inside a detached tmux server on its own
# socket (80x24 unless ITB_E2E_SIZE=COLSxROWS, TERM=xterm-256color, CI unset, a temporary --db). It plays issue 11's
# acceptance case, the published stiff-person-syndrome case (Zhang et al.), entirely by keys typed into the app; every
# visit is dated in the past relative to today (`local_at '20 days ago 10:00'`), so the run works on any day:
#   1. F2 registers an adult SPS patient 70 days ago;
#   2. F3, three visits: the trial booked; baseline SPS scores (distribution of stiffness, heightened sensitivity) then
#      the 50 mcg bolus; scores 8 h after it, then a positive outcome with the rule's starting dose (100 mcg/day);
#   3. F4 implants a SynchroMed II 40 mL filled with 40 mL at 500 mcg/mL at the rule's dose, confirmed by the typed id
#      and marked transferred (the transfer question defaults to "Not yet": Tab then Enter marks it);
#   4. F5 every other day accepts the proposed step (SPS: at most +15 % a step, 24 h apart) towards 186 mcg/day, each
#      confirmed and marked transferred, until 186 mcg/day is in force;
#   5. the main window renders with the patient, the banner and the keys;
#   6. a refill whose residual says the pump under-delivered raises a critical modal that Esc does not close and that stays
#      on screen until ACK and the action are typed; both are logged at the visit's time;
#   7. a refill now changing 500 -> 1000 mcg/mL brings its bridge bolus (critical: it too stays after Esc until
#      acknowledged), the before/after review with the typed id, and the plan marked transferred;
#   8. at 80x24, the terminal grows to 120x40 and the main window redraws to fill it;
#   9. Ctrl+Q quits with exit 0, and the log holds the whole case and verifies.
# Steps wait for the screen (wait_for polls), never for fixed delays. Screens named in GOLDEN are compared with
# tests/e2e/screens/*.txt (suffixed -COLSxROWS for another ITB_E2E_SIZE) after masking what changes from day to day
# (digits, month and weekday names, the temporary path). Regenerate them after a passing run with:
#   ITB_E2E_SAVE_SCREENS=1 bash tests/e2e/tui.sh src/ItbPlanner.App/bin/Debug/net10.0/itb
# ITB_E2E_KEEP=1 keeps the temporary folder (the log, every screen saved) for a look after the run.
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
golden_suffix=$([ "$size" = 80x24 ] || echo "-$size")
GOLDEN="new-patient screening-trial screening-bolus screening-positive implant-dose main-window under-delivery-modal refill-fill bridge-modal main-window-grown"

cleanup() {
  tmux_ kill-server >/dev/null 2>&1 || true
  [ -n "${ITB_E2E_KEEP:-}" ] && echo "kept $work" >&2 || rm -rf "$work"
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

# settled: waits until two captures 0.2 s apart agree, so that a screen is not kept half drawn.
settled() {
  local before now deadline=$((SECONDS + timeout_s))
  before=$(screen)
  while ((SECONDS < deadline)); do
    sleep 0.2
    now=$(screen)
    [ "$now" = "$before" ] && return 0
    before=$now
  done
  echo "TIMEOUT waiting for the screen to settle" >&2
  return 1
}

# save NAME: keep the screen once settled; a golden one is compared with its masked copy (or written when regenerating).
save() {
  local name=$1 file="$here/screens/$1${golden_suffix}.txt"
  settled || return 1
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

local_at() { date -d "$1" '+%Y-%m-%d %H:%M'; }

cols=${size%x*} rows=${size#*x}
tmux_ new-session -d -s "$pane" -x "$cols" -y "$rows" \
  "env -u CI -u GITHUB_ACTIONS TERM=xterm-256color ITB_AUTHOR=e2e-nurse '$itb' --db '$db'; echo EXIT=\$?; sleep 600"

# when DATE-TIME: on a visit wizard's first step, replaces the visit's date-time (the default is now) with a past one.
when() { keys C-a Delete && text "$(local_at "$1")"; }

# F2: the SPS patient, registered 70 days ago. In the form, Tab from the label reaches the population then the origin
# (the arrows move among its options, Space picks one); five Tabs from there reach "Registered from".
register() {
  wait_for 'No patients yet' 'the empty clinic' &&
    keys F2 && wait_for 'Registered from' 'the new-patient form' &&
    text SPS1 && keys Tab && text 'SPS case' && keys Tab Tab Down Down Down Space &&
    wait_for '◉ stiff-person syndrome' 'the origin picked' &&
    keys Tab Tab Tab Tab Tab C-a Delete && text "$(local_at '70 days ago 09:00')" &&
    wait_for "Registered from: +$(local_at '70 days ago 09:00')" 'the registration date typed' && save new-patient &&
    keys Enter && wait_for 'SPS1 · SPS case · candidate' 'the patient registered'
}
check "F2 registers the adult SPS patient 70 days ago" register

# F3 three times: the trial booked; the baseline SPS scores then the 50 mcg bolus; scores 8 h after it, then a positive
# outcome with the rule's starting dose. Alt+N finishes a wizard from its review.
screening() {
  keys F3 && wait_for 'Screening trial · patient SPS1' 'the screening wizard' && when '69 days ago 08:00' && keys Enter &&
    wait_for '◉ Book the screening trial' 'the booking offered' && wait_for '✗ Implant: it follows' 'what is not now' &&
    save screening-trial &&
    keys Enter && wait_for 'First bolus on' 'the booking step' && keys Enter &&
    wait_for 'the screening trial booked' 'the booking reviewed' && keys M-n &&
    wait_for 'SPS1 · SPS case · screening: bolus due' 'the trial booked' &&
    keys F3 && wait_for 'Screening trial · patient SPS1' 'the screening wizard' && when '69 days ago 09:00' && keys Enter &&
    wait_for '◉ Baseline scores, then give bolus 1 \(50 mcg\)' 'the baseline and bolus offered' && keys Enter &&
    wait_for 'Heightened sensitivity:' 'the SPS scales' && text 4 && keys Tab && text 5 && keys Enter &&
    wait_for 'Bolus 1: 50 mcg = draw 1 mL' 'the bolus step' && save screening-bolus && keys Enter &&
    wait_for 'baseline scores: SPS distribution 4, SPS sensitivity 5' 'the baseline reviewed' &&
    wait_for 'bolus 1: 50 mcg = 1 mL of 50 mcg/mL, by lumbar puncture' 'the bolus reviewed' && keys M-n &&
    wait_for 'SPS1 · SPS case · screening: bolus given' 'the bolus given' &&
    keys F3 && wait_for 'Screening trial · patient SPS1' 'the screening wizard' && when '69 days ago 17:00' && keys Enter &&
    wait_for 'Scores 8 h after bolus 1, then its outcome' 'the scores and outcome offered' && keys Down Space &&
    wait_for '◉ Scores 8 h after bolus 1, then its outcome' 'scores and outcome picked' && keys Enter &&
    wait_for 'Scores 8 h after bolus 1 \(50 mcg' 'the scores after the bolus' && text 2 && keys Tab && text 2 && keys Enter &&
    wait_for '◉ positive' 'the outcome step' && keys Tab && text '8 h' && keys Enter &&
    wait_for 'outcome of bolus 1: positive, effect 8 h' 'the outcome reviewed' &&
    wait_for 'Start dose = 2 × 50 mcg ÷ 24 h = 100 mcg/day' 'the rule' && save screening-positive && keys M-n &&
    wait_for 'SPS1 · SPS case · screening positive' 'the screening positive'
}
check "F3 screens her: SPS scores before and after a 50 mcg bolus, positive" screening

# F4: a SynchroMed II 40 mL filled with 40 mL at 500 mcg/mL, at the rule's 100 mcg/day, confirmed by the typed id and
# marked transferred ("Not yet" is the default of the transfer question: Tab then Enter marks it).
implant() {
  keys F4 && wait_for 'Implant · patient SPS1' 'the implant wizard' && when '60 days ago 10:00' && keys Enter &&
    wait_for 'SynchroMed II 40 mL' 'the pumps' && keys Down Space &&
    wait_for '◉ Medtronic SynchroMed II 40 mL' 'the 40 mL pump picked' && keys Enter &&
    wait_for '◉ 500 mcg/mL' 'the fill step' && wait_for 'Volume filled: +40 mL' 'the 40 mL fill' && keys Enter &&
    wait_for 'Starting daily dose: +100 mcg/day' 'the dose step' && save implant-dose && keys Enter &&
    wait_for "Type the patient's id" 'the review' && wait_for 'First fill +40 mL of 500 mcg/mL' 'the fill reviewed' &&
    text SPS1 && keys M-n && wait_for 'NOT YET TRANSFERRED TO THE PUMP' 'the transfer question' &&
    keys Tab Enter && wait_for 'SPS1 · SPS case · implanted \(hold\)' 'the implant logged'
}
check "F4 implants a SynchroMed II 40 mL at 500 mcg/mL at the rule's 100 mcg/day, transferred" implant

# F5 every other day from 58 days ago: the proposed step towards 186 mcg/day (within the 15 % step limit), each
# confirmed by the typed id and marked transferred, until 186 mcg/day is reached.
titration() {
  local day=58 after
  while ((day > 20)); do
    keys F5 && wait_for 'Titration day · patient SPS1' 'the titration wizard' && when "$day days ago 10:00" &&
      keys Tab C-a Delete && text '186 mcg/day' && keys Enter &&
      wait_for 'Proposed today: [0-9.]+ mcg/day' 'the proposed step' && keys Enter &&
      wait_for "Type the patient's id" 'the review' &&
      wait_for 'Daily dose +[0-9.]+ mcg/day +[0-9.]+ mcg/day' 'the dose before and after' || return 1
    after=$(screen | grep -oE 'Daily dose +[0-9.]+ mcg/day +[0-9.]+ mcg/day' | awk '{print $5}')
    [ -n "$after" ] || { echo "no new dose on the review" >&2; screen >&2; return 1; }
    text SPS1 && keys Enter && wait_for 'NOT YET TRANSFERRED TO THE PUMP' 'the transfer question' &&
      keys Tab Enter && wait_for "│SPS1 *│titrating *│$after mcg/day" "the step to $after mcg/day in force" || return 1
    [ "$after" = 186 ] && return 0
    day=$((day - 2))
  done
  echo "186 mcg/day not reached" >&2
  return 1
}
check "F5 titrates her to 186 mcg/day, a transferred step every other day" titration

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
    keys Escape && sleep 0.3 && wait_for 'BRIDGE_BOLUS_REQUIRED' 'the bridge alert still there after Esc' &&
    text 'ACK' && keys Tab && text 'bridge bolus programmed as shown' && keys Enter &&
    wait_for 'Titration complete' 'the dose step' && keys Enter &&
    wait_for "Type the patient's id" 'the review' && wait_for '1000 mcg/mL' 'the new strength in the review' && save refill-review-2 &&
    text SPS1 && keys Enter && wait_for 'NOT YET TRANSFERRED TO THE PUMP' 'the transfer question' && save transfer &&
    keys Tab Enter && wait_for 'F6 +Refill' 'the main window again' && save after-refill-2
}
check "a refill 500 -> 1000 mcg/mL brings its bridge and is confirmed by the typed id" new_strength

# The same main window when the terminal grows to 120x40: it uses the room (a golden of its own).
larger() {
  local frame
  frame="└$(printf '─%.0s' $(seq 118))┘"
  tmux_ resize-window -t "$pane" -x 120 -y 40 && wait_for "^$frame\$" 'the window redrawn at 120x40' &&
    wait_for 'F6 +Refill' 'the keys at 120x40' && wait_for 'SPS1 · SPS case · titrating' 'the summary at 120x40' &&
    save main-window-grown
}
[ "$size" = 80x24 ] && check "the main window redraws at 120x40" larger

quit_clean() {
  keys C-q && wait_for 'EXIT=0' 'exit 0 after Ctrl+Q'
}
check "Ctrl+Q quits with exit 0" quit_clean

logged() {
  env -u CI "$itb" --db "$db" log show --patient SPS1 >"$work/log.txt" 2>&1 &&
    grep -q 'screening-scheduled' "$work/log.txt" &&
    [ "$(grep -Ec '│ assessment +│' "$work/log.txt")" -eq 2 ] &&
    grep -q 'screening-bolus .*50 mcg (1 mL at 50 mcg/mL)' "$work/log.txt" &&
    grep -q 'screening-outcome .*positive' "$work/log.txt" &&
    grep -q 'implant .*synchromed-ii-40 filled 40' "$work/log.txt" &&
    grep -q 'dose-program .*186 mcg/day at 500 mcg/mL' "$work/log.txt" &&
    [ "$(grep -c 'alarm-acknowledged' "$work/log.txt")" -eq 2 ] &&
    [ "$(grep -Ec '│ refill +│' "$work/log.txt")" -eq 2 ] &&
    grep -q '1000 mcg/mL' "$work/log.txt" &&
    "$itb" --db "$db" log verify >/dev/null 2>&1
}
check "the whole case is in the log (screening, implant, titration, both refills, both acknowledgements) and it verifies" logged

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
