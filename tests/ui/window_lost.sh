#!/bin/bash
# ui.kiosk.window-lost: the real kiosk, locked down, under its own Xvfb; another X client destroys its
# window (xdotool windowclose). The kiosk must not run on without a window: it ends with status 4 (the
# station's session starts it again) and the station log says why. Xvfb is started here with
# -displayfd and ended by its PID, so it cleans up its lock and socket in /tmp.
#   window_lost.sh EXAM-KIOSK
set -euo pipefail
kiosk=$1
work=$(mktemp -d /tmp/exam-window-lost.XXXXXX)
xvfb="" kiosk_pid=""
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
cleanup() {
    if [ -n "$kiosk_pid" ]; then kill -KILL "$kiosk_pid" 2>/dev/null || true; fi
    if [ -n "$xvfb" ]; then kill -TERM "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"

Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { cat "$work/xvfb.log"; fail "Xvfb did not start"; }
export DISPLAY=":$(head -1 "$work/display")"

"$kiosk" --demo --data-dir "$work/station" >"$work/kiosk.log" 2>&1 &
kiosk_pid=$!
window=$(timeout 60 xdotool search --sync --name 'Exam kiosk$' | head -1) \
    || { cat "$work/kiosk.log"; fail "the kiosk's window did not appear"; }
sleep 1 # its first screen drawn
xdotool windowclose "$window"
for _ in $(seq 150); do kill -0 "$kiosk_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$kiosk_pid" 2>/dev/null; then
    cat "$work/kiosk.log"
    fail "the kiosk runs on 15 s after its window was destroyed"
fi
set +e
wait "$kiosk_pid"
status=$?
set -e
kiosk_pid=""
[ "$status" -eq 4 ] || { cat "$work/kiosk.log"; fail "the kiosk ended with status $status, not 4"; }
grep -q "window was destroyed from outside" "$work/station/station.log" \
    || fail "the station log does not say the window was destroyed"
echo "PASS: the kiosk ended with status 4 when its window was destroyed, and its log says so"
