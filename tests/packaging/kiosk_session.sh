#!/bin/bash
# packaging.kiosk-session: the dedicated station's session scripts (packaging/station). kiosk-session
# with the real kiosk under Xvfb: a kiosk killed with SIGKILL is back within seconds as a new process on
# the same station, and a second kiosk on that station is refused with status 3. With stand-ins for the
# kiosk: status 0 (a proctor left kiosk mode) ends the session and leaves its mark; status 2 (a kiosk
# that could not start) brings it back. start-kiosk-session turns the mark into status 10 (the unit
# does not restart) and anything else into 1 (it does).
#   kiosk_session.sh STATION-SCRIPTS-FOLDER EXAM-KIOSK
set -euo pipefail
scripts=$1
kiosk=$2
work=$(mktemp -d /tmp/exam-session.XXXXXX)
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
group="" xvfb=""
cleanup() {
    # The session and every kiosk run in their own process group: all of it goes. Xvfb is ended by its
    # PID, gently, so it removes its lock and socket from /tmp (killing xvfb-run's group left them).
    if [ -n "$group" ]; then kill -KILL -- "-$group" 2>/dev/null || true; fi
    if [ -n "$xvfb" ]; then kill -TERM "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"

kiosk_pids() { pgrep -f -- "exam-kiosk --demo --windowed --data-dir $work/station" || true; }
wait_for_kiosk() { # prints a kiosk PID other than $1, within 20 s
    for _ in $(seq 200); do
        local pid
        pid=$(kiosk_pids | head -1)
        if [ -n "$pid" ] && [ "$pid" != "$1" ]; then echo "$pid"; return 0; fi
        sleep 0.1
    done
    return 1
}

# The real kiosk (the demo station beside it), killed and brought back, on an X server of its own.
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { cat "$work/xvfb.log"; fail "Xvfb did not start"; }
export DISPLAY=":$(head -1 "$work/display")"
EXAM_KIOSK_PROGRAM=$kiosk setsid "$scripts/kiosk-session" --demo --windowed --data-dir "$work/station" \
    >"$work/session.log" 2>&1 &
group=$!
first=$(wait_for_kiosk none) || { cat "$work/session.log"; fail "the session started no kiosk"; }
sleep 2 # the kiosk draws its first screen
set +e
QT_QPA_PLATFORM=offscreen "$kiosk" --demo --windowed --data-dir "$work/station" >"$work/second.log" 2>&1
status=$?
set -e
[ "$status" -eq 3 ] || { cat "$work/second.log"; fail "a second kiosk on the same station ended with $status, not 3"; }
kill -KILL "$first"
second=$(wait_for_kiosk "$first") || { cat "$work/session.log"; fail "the killed kiosk did not come back"; }
echo "kiosk $first killed; kiosk $second started in its place; a second kiosk was refused with status 3"
kill -KILL -- "-$group" 2>/dev/null || true
group=""

# Stand-ins for the kiosk: the session's answer to each exit status.
printf '#!/bin/sh\necho run >>"%s/runs"\nexit "$STATUS"\n' "$work" >"$work/stand-in"
chmod +x "$work/stand-in"
STATUS=0 EXAM_KIOSK_PROGRAM=$work/stand-in timeout 20 "$scripts/kiosk-session" >"$work/leave.log" 2>&1 \
    || { cat "$work/leave.log"; fail "the session did not end when the kiosk ended with status 0"; }
[ -e "$XDG_RUNTIME_DIR/exam-kiosk-left" ] || fail "the session left no mark after a proctor left kiosk mode"
rm -f "$XDG_RUNTIME_DIR/exam-kiosk-left" "$work/runs"
STATUS=2 EXAM_KIOSK_PROGRAM=$work/stand-in setsid "$scripts/kiosk-session" >"$work/restart.log" 2>&1 &
group=$!
sleep 3.5
kill -KILL -- "-$group" 2>/dev/null || true
group=""
runs=$(wc -l <"$work/runs")
[ "$runs" -ge 2 ] || fail "a kiosk that could not start (status 2) was not started again ($runs run)"
[ ! -e "$XDG_RUNTIME_DIR/exam-kiosk-left" ] || fail "status 2 left the proctor's mark"
echo "status 0 ended the session with its mark; status 2 brought the kiosk back ($runs runs in 3.5 s)"

# start-kiosk-session: the unit's exit status from the mark.
printf '#!/bin/sh\n[ -n "${LEAVE:-}" ] && : >"$XDG_RUNTIME_DIR/exam-kiosk-left"\nexit 0\n' >"$work/startx"
chmod +x "$work/startx"
set +e
LEAVE=1 EXAM_STARTX=$work/startx "$scripts/start-kiosk-session" :0
left=$?
EXAM_STARTX=$work/startx "$scripts/start-kiosk-session" :0
ended=$?
set -e
[ "$left" -eq 10 ] || fail "start-kiosk-session gave $left after a proctor left, not 10"
[ "$ended" -eq 1 ] || fail "start-kiosk-session gave $ended when the X server ended, not 1"
[ ! -e "$XDG_RUNTIME_DIR/exam-kiosk-left" ] || fail "the mark outlived the session"
echo "start-kiosk-session: 10 after a proctor left, 1 otherwise"
