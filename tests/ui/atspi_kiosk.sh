#!/bin/bash
# The running kiosk read and driven from outside through AT-SPI (tests/ui/atspi_kiosk.py), headless:
# its own session bus (dbus-run-session), X display (xvfb-run), accessibility bus (at-spi-bus-launcher),
# XDG_RUNTIME_DIR and station data folder, all thrown away at the end. Never touches the desktop session
# it is started from.
#
#   tests/ui/atspi_kiosk.sh build/bin/exam-kiosk build/demo-banks
#
# EXAM_KIOSK is started with --demo, which installs the demo banks lying beside it (bin/../demo-banks);
# DEMO_BANKS must be that folder (CTest passes ${EXAM_DEMO_BANKS_DIR}, built by `demo-banks`).
# Needs Debian's python3-pyatspi, at-spi2-core, dbus, xvfb and xauth (packaging/debian-packages.txt).
# Exit status 0 only when every check passed; the last line says how many passed and failed.
set -u

readonly total_seconds=170   # CTest's TIMEOUT is 180: this ends first, saying so
readonly walk_seconds=150    # the Python walk's own alarm ends before that

say_failed() {
    echo "atspi-kiosk: $*" >&2
    echo "atspi-kiosk: 0 passed, 1 failed"
    exit 1
}

if [ "${1:-}" = "--inside" ]; then
    # Inside dbus-run-session and xvfb-run: the accessibility bus, then the walk. What the buses and
    # the registry say goes to buses.log, which the walk shows when a check fails.
    kiosk=$2 work=$3
    /usr/libexec/at-spi-bus-launcher --launch-immediately >>"$work/buses.log" 2>&1 &
    launcher=$!
    # The launcher owns org.a11y.Bus on the session bus once the accessibility bus is up. (Asking that
    # name for the address instead would have the session bus start a second launcher meanwhile.)
    for _ in $(seq 50); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q 'boolean true' && break
        sleep 0.2
    done
    /usr/bin/python3 -I -u "$(dirname "$0")/atspi_kiosk.py" --kiosk "$kiosk" --data-dir "$work/station" \
        --bus-log "$work/buses.log" --timeout "$walk_seconds" 2>&1
    status=$?
    kill "$launcher" 2>/dev/null
    wait "$launcher" 2>/dev/null
    exit "$status"
fi

[ $# -eq 2 ] || say_failed "usage: $0 EXAM_KIOSK DEMO_BANKS"
kiosk=$(realpath -e "$1" 2>/dev/null) || say_failed "no kiosk program at $1 (build the exam-kiosk target)"
[ -x "$kiosk" ] || say_failed "$kiosk is not executable"
banks=$(realpath -e "$2" 2>/dev/null) || say_failed "no demo banks at $2 (build the demo-banks target)"
compgen -G "$banks/*.exambank" >/dev/null || say_failed "no *.exambank in $banks (build the demo-banks target)"
beside=$(realpath -m "$(dirname "$kiosk")/../demo-banks")
[ "$banks" = "$beside" ] || say_failed "exam-kiosk --demo reads the demo banks at $beside, not $banks"

for tool in dbus-run-session dbus-send xvfb-run xauth timeout; do
    command -v "$tool" >/dev/null || say_failed "$tool is missing: install packaging/debian-packages.txt"
done
[ -x /usr/libexec/at-spi-bus-launcher ] || say_failed "at-spi-bus-launcher is missing: apt-get install at-spi2-core"
/usr/bin/python3 -I -c 'import pyatspi' 2>/dev/null || say_failed "Debian's python3 has no pyatspi: apt-get install python3-pyatspi"

work=$(mktemp -d "${TMPDIR:-/tmp}/atspi-kiosk.XXXXXX") || say_failed "cannot make a temporary folder"
trap 'rm -rf "$work"' EXIT
mkdir -m 0700 "$work/runtime" && mkdir "$work/station" "$work/home" || say_failed "cannot fill $work"

# Nothing of the calling session: no display, no session or accessibility bus, no user settings.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS SESSION_MANAGER
export XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_CACHE_HOME="$work/home/.cache" XDG_DATA_HOME="$work/home/.local/share"

# xvfb-run -a takes the first free display from :99 on; starting the search elsewhere keeps two runs
# started at the same moment (another xvfb-run, a developer's demo) from picking the same one.
# -noreset: Xvfb otherwise resets whenever its last client leaves (the bus launcher and pyatspi each
# connect and leave at start-up), and a kiosk connecting during that reset cannot reach the display.
timeout -k 5 "$total_seconds" dbus-run-session -- \
    xvfb-run -a -n $((100 + RANDOM % 800)) -s "-screen 0 1280x1024x24 -nolisten tcp -noreset" \
    /bin/bash "$(realpath "$0")" --inside "$kiosk" "$work" 2>>"$work/buses.log"
status=$?
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    sed 's/^/    /' "$work/buses.log" | tail -n 20 >&2
    say_failed "timed out after $total_seconds s"
fi
exit "$status"
