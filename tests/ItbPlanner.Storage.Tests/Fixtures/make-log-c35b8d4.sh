#!/usr/bin/env bash
# Writes log-c35b8d4.db: a small therapy log as the `itb` of main c35b8d4 (Microsoft.Data.Sqlite.Core 6.0.7,
# SQLitePCLRaw.bundle_e_sqlite3 2.0.6) wrote it, so that later builds prove they open, verify and append to it.
#
# Run it ONLY with an old build: the point of the file is that another build wrote it. To regenerate:
#   git worktree add /tmp/itb-c35b8d4 c35b8d4 && dotnet build /tmp/itb-c35b8d4/src/ItbPlanner.App
#   bash make-log-c35b8d4.sh /tmp/itb-c35b8d4/src/ItbPlanner.App/bin/Debug/net10.0/itb.dll [OUT.db]
# Three patients: P1 (adult, spinal) screened, implanted, titrated, refilled, an alarm raised and acknowledged, a
# mistaken note retracted by a correction, a late entry; P2 (adult, cerebral) two screening boluses, implanted, a
# refill whose residual raised UNDER_DELIVERY (logged as alarm-raised) then acknowledged; P3 (child) two negative
# boluses and candidacy declined. Every --at is in the past (Europe/Berlin), recorded by USER=fixture-nurse.
set -euo pipefail

dll=${1:?usage: make-log-c35b8d4.sh path/to/old/itb.dll [OUT.db]}
here=$(cd "$(dirname "$0")" && pwd)
out=${2:-$here/log-c35b8d4.db}
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
rm -f "$out" "$out-wal" "$out-shm"

export ITB_DB=$out ITB_TIME_ZONE=Europe/Berlin USER=fixture-nurse XDG_CONFIG_HOME=$config
unset ITB_AUTHOR ITB_PROTOCOL
itb() { dotnet "$dll" "$@" >/dev/null; }
# seq_of ARGS...: records and prints the new event's sequence number.
seq_of() { dotnet "$dll" "$@" --json | sed -n 's/.*"seq": *\([0-9]*\).*/\1/p' | head -n 1; }

# P1: adult, spinal cord injury above T6.
itb patient add --id P1 --population adult --origin spinal --label "J.D." --risk sci-t6-or-above \
  --reason "Referred by the spinal unit: severe lower-limb spasticity" --at 2026-09-01T09:00
itb log record screening-scheduled --patient P1 --date 2026-09-07 --notes "Day unit, bed 3" --at 2026-09-01T09:10
itb log record assessment --patient P1 --score modified-ashworth=3@left-knee --score penn-spasm-frequency=3 --at 2026-09-07T08:30
itb log record screening-bolus --patient P1 --dose 50mcg --route lumbar-puncture --at 2026-09-07T09:00
itb log record assessment --patient P1 --score modified-ashworth=1+@left-knee --score penn-spasm-frequency=1 --after-bolus 4h --at 2026-09-07T13:00
itb log record screening-outcome --patient P1 --outcome positive --effect-hours 6 --at 2026-09-07T17:00
itb log record implant-scheduled --patient P1 --date 2026-09-14 --at 2026-09-08T10:00
itb log record implant --patient P1 --pump synchromed-ii-40 --fill-volume 40mL --concentration 500mcg/mL --dose 100mcg/day \
  --serial NGP123456H --catheter 8709sc --catheter-length 50 --catheter-tip T10 --at 2026-09-14T10:00
itb log record program-transferred --patient P1 --at 2026-09-14T10:30
itb log record dose-program --patient P1 --dose 120mcg/day --reason "titration step 1" --at 2026-09-16T10:00
itb log record program-transferred --patient P1 --at 2026-09-16T10:15
itb log record dose-program --patient P1 --dose 140mcg/day --reason "titration step 2" --at 2026-09-17T10:00
itb log record program-transferred --patient P1 --at 2026-09-17T10:15
itb log record dose-program --patient P1 --dose 160mcg/day --reason "titration step 3" --at 2026-09-18T10:00
itb log record program-transferred --patient P1 --at 2026-09-18T10:15
wrong=$(seq_of log record note --patient P1 --text "Reports headache since the refill" --at 2026-09-21T11:00)
itb log record correction --patient P1 --corrects "$wrong" --reason "entered on the wrong patient" --at 2026-09-21T11:05
itb log record refill --patient P1 --aspirated 24.5mL --fill-volume 40mL --concentration 500mcg/mL --lot L42 --at 2026-11-02T10:00
itb log record program-transferred --patient P1 --at 2026-11-02T10:20
itb log record alarm-raised --patient P1 --alarm other --details "Patient heard a beep at night; interrogated, no alarm stored" --at 2026-11-10T08:40
itb log record alarm-acknowledged --patient P1 --action "Pump interrogated, log clear; patient reassured" --at 2026-11-10T09:15
# A late entry: written after the alarm, dated before it.
itb log record note --patient P1 --text "Walks 20 m with a frame; sitting balance better" --at 2026-11-02T11:00

# P2: adult, cerebral origin; no response to 50 mcg, response to 75 mcg.
itb patient add --id P2 --population adult --origin cerebral --label "M.K." --at 2026-09-20T14:00
itb log record assessment --patient P2 --score modified-ashworth=4@right-elbow --score penn-spasm-frequency=2 --at 2026-09-28T08:30
itb log record screening-bolus --patient P2 --dose 50mcg --at 2026-09-28T09:00
itb log record assessment --patient P2 --score modified-ashworth=4@right-elbow --after-bolus 4h --notes "No change" --at 2026-09-28T13:00
itb log record screening-outcome --patient P2 --outcome negative --at 2026-09-28T17:00
itb log record assessment --patient P2 --score modified-ashworth=4@right-elbow --score penn-spasm-frequency=2 --at 2026-09-29T09:00
itb log record screening-bolus --patient P2 --dose 75mcg --at 2026-09-29T09:30
itb log record assessment --patient P2 --score modified-ashworth=2@right-elbow --after-bolus 4h --at 2026-09-29T13:30
itb log record screening-outcome --patient P2 --outcome positive --effect-hours 6 --at 2026-09-29T17:30
itb log record implant --patient P2 --pump prometra-ii-40 --fill-volume 40mL --concentration 500mcg/mL --dose 150mcg/day \
  --catheter prometra-ii --catheter-length 60 --catheter-tip T8 --at 2026-10-05T10:00
itb log record program-transferred --patient P2 --at 2026-10-05T10:30
itb log record dose-program --patient P2 --dose 165mcg/day --reason "titration step 1" --at 2026-10-07T10:00
itb log record program-transferred --patient P2 --at 2026-10-07T10:15
# More left than expected: UNDER_DELIVERY, logged as an open alarm-raised safety alert with the refill.
itb log record refill --patient P2 --aspirated 29mL --fill-volume 40mL --concentration 500mcg/mL --lot L43 --at 2026-11-16T10:00
itb log record program-transferred --patient P2 --at 2026-11-16T10:20
itb log record alarm-acknowledged --patient P2 --action "Catheter dye study booked; withdrawal signs explained to the family" --at 2026-11-16T10:40
itb log record patient-updated --patient P2 --risk communication-difficulty --risk-notes "Aphasic; daughter visits daily" --at 2026-11-16T10:45

# P3: a child; no response to 50 or 75 mcg, the family declines a third bolus: not a candidate.
itb patient add --id P3 --population child --origin other --label "A.B." --at 2026-10-10T10:00
itb log record assessment --patient P3 --score modified-ashworth=3@left-ankle --score penn-spasm-frequency=2 --at 2026-10-12T08:30
itb log record screening-bolus --patient P3 --dose 50mcg --at 2026-10-12T09:00
itb log record screening-outcome --patient P3 --outcome negative --at 2026-10-12T17:00
itb log record assessment --patient P3 --score modified-ashworth=3@left-ankle --score penn-spasm-frequency=2 --at 2026-10-13T08:45
itb log record screening-bolus --patient P3 --dose 75mcg --at 2026-10-13T09:15
itb log record assessment --patient P3 --score modified-ashworth=3@left-ankle --after-bolus 4h --at 2026-10-13T13:15
itb log record screening-outcome --patient P3 --outcome negative --at 2026-10-13T17:15
itb log record candidacy-declined --patient P3 --reason "The family declined a third bolus; oral treatment continues" --at 2026-10-15T09:00

dotnet "$dll" log verify
sqlite3 "$out" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
rm -f "$out-wal" "$out-shm"
echo "wrote $out"
