#!/bin/bash
# packaging.portable: the portable tarball runs from wherever it is unpacked. Builds it with CPack,
# unpacks it into a folder with spaces in its name, starts the demo station through the launcher from
# another working folder, and checks the demo's data stays inside the unpacked folder.
#   portable.sh BUILD-FOLDER
set -euo pipefail
build=$(readlink -f "$1")
work=$(mktemp -d /tmp/exam-portable.XXXXXX)
trap 'rm -rf "$work"' EXIT
# The kiosk's runtime folder inside the work folder (Qt would otherwise make /tmp/runtime-USER).
export XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G TGZ -B "$work/packages" >/dev/null
tarball=$(ls "$work"/packages/exam-kiosk-*-portable-*.tar.gz)
mkdir "$work/unpacked here"
tar -C "$work/unpacked here" -xzf "$tarball"
home=$(ls -d "$work/unpacked here"/exam-kiosk-*)
for file in exam-kiosk bin/exam-kiosk bin/examctl bin/exam-bank bin/exam-intake demo-banks/cpt-safety.exambank \
            demo-banks/demo-center.key share/man/man1/examctl.1.gz; do
    [ -e "$home/$file" ] || fail "$file is not in the tarball"
done
for file in lib/systemd libexec; do
    [ ! -e "$home/$file" ] || fail "$file (system paths) should not be in the portable build"
done

cd /
"$home/exam-kiosk" --version | grep -qx "exam-kiosk [0-9.]*" || fail "the launcher does not run the kiosk"
QT_QPA_PLATFORM=offscreen EXAM_KIOSK_EXIT_AFTER_FIRST_SCREEN=1 XDG_DATA_HOME="$work/xdg" \
    "$home/exam-kiosk" --demo --windowed >"$work/kiosk.log" 2>&1 || { cat "$work/kiosk.log"; fail "the demo does not start"; }
grep -qx "first-screen: This station is ready" "$work/kiosk.log" || { cat "$work/kiosk.log"; fail "the demo station is not ready"; }
[ -f "$home/demo-station/station.sqlite" ] || fail "the demo station's data is not beside the programs"
[ "$(ls "$home/demo-station/banks" | wc -l)" -ge 11 ] || fail "the demo banks were not installed"
"$home/bin/examctl" bank list --data-dir "$home/demo-station" | grep -q "cpt-safety" || fail "examctl does not see the demo banks"
echo "the portable build ran from \"$home\""
