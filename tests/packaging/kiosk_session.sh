#!/bin/bash
# packaging.kiosk-session: the dedicated station's session script (packaging/station/kiosk-session)
# with the real kiosk under Xvfb: a kiosk killed with SIGKILL is back within seconds, as a new
# process on the same station; a kiosk that ends with status 0 (a proctor left kiosk mode) ends the
# session.
#   kiosk_session.sh SESSION-SCRIPT EXAM-KIOSK
set -euo pipefail
session=$1
kiosk=$2
work=$(mktemp -d /tmp/exam-session.XXXXXX)
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
cleanup() {
    [ -n "${session_pid:-}" ] && kill "$session_pid" 2>/dev/null
    pkill -KILL -f -- "--data-dir $work/station" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The demo station beside the kiosk, as `--demo` finds it, with its data in the test's folder.
kiosk_pids() { pgrep -f -- "exam-kiosk --demo --windowed --data-dir $work/station" || true; }
wait_for_kiosk() { # a kiosk other than $1, within 20 s
    for _ in $(seq 200); do
        local pid
        pid=$(kiosk_pids | head -1)
        if [ -n "$pid" ] && [ "$pid" != "$1" ]; then echo "$pid"; return 0; fi
        sleep 0.1
    done
    return 1
}

EXAM_KIOSK_PROGRAM=$kiosk xvfb-run -a -s "-screen 0 1024x768x24" \
    "$session" --demo --windowed --data-dir "$work/station" >"$work/session.log" 2>&1 &
session_pid=$!
first=$(wait_for_kiosk none) || { cat "$work/session.log"; fail "the session started no kiosk"; }
sleep 2 # the kiosk draws its first screen
kill -KILL "$first"
second=$(wait_for_kiosk "$first") || { cat "$work/session.log"; fail "the killed kiosk did not come back"; }
echo "kiosk $first killed; kiosk $second started in its place"
kill -0 "$session_pid" || fail "the session ended with the kiosk"

# A kiosk that ends with status 0 ends the session (and the X server with it).
printf '#!/bin/sh\nexit 0\n' >"$work/leaves"
chmod +x "$work/leaves"
EXAM_KIOSK_PROGRAM=$work/leaves timeout 20 xvfb-run -a "$session" >"$work/leave.log" 2>&1 \
    || { cat "$work/leave.log"; fail "the session did not end when the kiosk ended with status 0"; }
echo "a kiosk that ended with status 0 ended the session"
