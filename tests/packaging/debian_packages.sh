#!/bin/bash
# packaging.debian (label slow): the Debian packages as a center admin gets them. Builds them from
# this build with CPack, checks them with lintian (no errors), installs them with apt into a fresh
# Debian 12 chroot (debootstrap, Debian's own mirror), runs the programs there as the station's user,
# checks the users and folder modes, removes them with --purge and checks that the programs are gone
# and the station's data is not.
#   debian_packages.sh BUILD-FOLDER
# Needs root (chroot) and the Debian mirror; exits 77 (skipped, with the reason) without them.
# The minimal Debian 12 system is kept in BUILD-FOLDER/packaging-cache for a week.
set -euo pipefail

build=$(readlink -f "$1")
mirror=${EXAM_DEBIAN_MIRROR:-http://deb.debian.org/debian}
say() { printf '== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || { echo "skipped: needs root for the chroot"; exit 77; }
if ! curl -fsS --max-time 20 -o /dev/null "$mirror/dists/bookworm/Release"; then
    echo "skipped: the Debian mirror $mirror cannot be reached"
    exit 77
fi

work=$(mktemp -d /tmp/exam-packages.XXXXXX)
root=$work/root
cleanup() {
    # Nothing started in the chroot outlives the test.
    for process in /proc/[0-9]*; do
        if [ "$(readlink "$process/root" 2>/dev/null)" = "$root" ]; then
            kill -KILL "${process#/proc/}" 2>/dev/null || true
        fi
    done
    mountpoint -q "$root/proc" && umount "$root/proc"
    mountpoint -q "$root" && umount "$root"
    rm -rf "$work"
}
trap cleanup EXIT

say "Building the packages"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/packages" >/dev/null
mapfile -t debs < <(ls "$work"/packages/*.deb)
[ "${#debs[@]}" -eq 3 ] || fail "expected 3 packages, got: ${debs[*]}"
for package in exam-kiosk exam-bank exam-intake; do
    ls "$work"/packages/"${package}"_*.deb >/dev/null || fail "no $package package"
done

say "lintian"
# lintian's scratch files in the work folder, which goes at the end (in /tmp they stayed behind)
TMPDIR=$work lintian --fail-on error --allow-root "${debs[@]}" || fail "lintian found errors"

say "A fresh Debian 12 (debootstrap, minbase)"
cache=$build/packaging-cache/bookworm-minbase.tar
mkdir -p "$root" "$(dirname "$cache")"
if [ -f "$cache" ] && [ -n "$(find "$cache" -mtime -7)" ]; then
    tar -C "$root" -xpf "$cache"
else
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log"; fail "debootstrap"; }
    tar -C "$root" -cpf "$cache" .
fi
# The chroot's root as a mount point of its own and a /proc, as on a real system: the programs find
# their disk in the mount table (without, examctl check cannot tell the free space and says so).
mount --bind "$root" "$root" || fail "cannot bind-mount the chroot (the test needs mount rights)"
mount -t proc proc "$root/proc" || fail "cannot mount /proc in the chroot"
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
as_station() { chroot --userspec=examkiosk:examkiosk "$root" env -i PATH=/usr/bin:/bin HOME=/var/lib/exam-kiosk LANG=C.UTF-8 "$@"; }

say "apt install"
mkdir -p "$root/tmp/debs"
cp "${debs[@]}" "$root/tmp/debs/"
inside=()
for deb in "${debs[@]}"; do inside+=("/tmp/debs/$(basename "$deb")"); done
in_root apt-get update -qq
# As an admin installs them: with what they recommend (the X server of the kiosk session, the voice),
# and systemd to check the units with.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${inside[@]}" systemd \
    >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log"; fail "apt-get install"; }

say "The programs run"
in_root examctl --version | grep -qx "examctl 0.1.0" || fail "examctl --version"
in_root exam-kiosk --version | grep -qx "exam-kiosk 0.1.0" || fail "exam-kiosk --version (without a display)"
in_root exam-kiosk --help | grep -q -- "--data-dir" || fail "exam-kiosk --help"
in_root exam-room --version | grep -qx "exam-room 0.1.0" || fail "exam-room --version (without a display)"
[ -f "$root/usr/share/man/man1/exam-room.1.gz" ] || fail "no manual page for exam-room"
in_root exam-bank --help | grep -q "keygen" || fail "exam-bank --help"
in_root exam-intake --help | grep -q "serve" || fail "exam-intake --help"
[ -f "$root/usr/share/man/man1/examctl.1.gz" ] || fail "no manual page for examctl"
zcat "$root/usr/share/man/man1/examctl.1.gz" | grep -q "station init" || fail "examctl's manual page"
for file in /usr/share/applications/exam-kiosk.desktop /usr/share/icons/hicolor/scalable/apps/exam-kiosk.svg \
            /usr/lib/systemd/system/exam-kiosk-session.service /usr/libexec/exam-kiosk/kiosk-session \
            /usr/lib/systemd/system/exam-intake.service /usr/share/exam-kiosk/hardening/install-hardening \
            /usr/libexec/exam-kiosk/start-kiosk-session; do
    [ -e "$root$file" ] || fail "$file is not installed"
done

in_root systemd-analyze verify /usr/lib/systemd/system/exam-kiosk-session.service \
    /usr/lib/systemd/system/exam-intake.service >"$work/verify.log" 2>&1 || true
# (a minbase system has no man to open the units' man: documentation link with)
if grep -v "man examctl(1)" "$work/verify.log"; then
    fail "systemd-analyze verify found problems in the units"
fi

say "The hardening snippets install and come off again"
in_root /usr/share/exam-kiosk/hardening/install-hardening >"$work/harden.log" 2>&1 || { cat "$work/harden.log"; fail "install-hardening"; }
for file in /etc/X11/xorg.conf.d/50-exam-kiosk.conf /etc/sysctl.d/50-exam-kiosk-sysrq.conf \
            /etc/systemd/logind.conf.d/50-exam-kiosk.conf /etc/systemd/system.conf.d/50-exam-kiosk.conf; do
    [ -f "$root$file" ] || fail "install-hardening did not install $file"
done
[ "$(readlink "$root/etc/systemd/system/ctrl-alt-del.target")" = /dev/null ] || fail "ctrl-alt-del.target is not masked"
grep -q '"DontVTSwitch" "true"' "$root/etc/X11/xorg.conf.d/50-exam-kiosk.conf" || fail "the X server snippet"
in_root /usr/share/exam-kiosk/hardening/install-hardening --undo >>"$work/harden.log" 2>&1 || { cat "$work/harden.log"; fail "install-hardening --undo"; }
[ ! -e "$root/etc/systemd/system/ctrl-alt-del.target" ] && [ ! -e "$root/etc/X11/xorg.conf.d/50-exam-kiosk.conf" ] \
    || fail "install-hardening --undo left the hardening in place"

say "The station's user sets the station up"
in_root getent passwd examkiosk >/dev/null || fail "no examkiosk user"
in_root getent passwd examintake >/dev/null || fail "no examintake user"
[ "$(in_root stat -c '%a %U' /var/lib/exam-kiosk)" = "700 examkiosk" ] || fail "/var/lib/exam-kiosk is not 0700 examkiosk"
[ "$(in_root stat -c '%a %U' /var/lib/exam-intake)" = "700 examintake" ] || fail "/var/lib/exam-intake is not 0700 examintake"
as_station examctl station init --site PKG-TEST >"$work/init.log" 2>&1 || { cat "$work/init.log"; fail "examctl station init"; }
data=/var/lib/exam-kiosk/.local/share/exam-kiosk
[ "$(in_root stat -c '%a' "$data")" = 700 ] || fail "the data folder is not owner-only"
[ "$(in_root stat -c '%a %U' "$data/station-key.key")" = "600 examkiosk" ] || fail "the station's private key is not 0600 examkiosk"
[ "$(in_root stat -c '%a' "$data/center-key.key")" = 600 ] || fail "the centre key is not owner-only"
set +e
as_station examctl check >"$work/check.log" 2>&1
status=$?
set -e
cat "$work/check.log"
# A station with no publisher, bank or proctor yet: exactly those three fail, everything else runs
# (the read-aloud voice was installed as recommended).
grep -q "^PASS  speech" "$work/check.log" || fail "the speech check"
[ "$status" -eq 1 ] || fail "examctl check exited with $status, not 1"
grep -q "^PASS  database: intact" "$work/check.log" || fail "the database check"
grep -q "^PASS  station key" "$work/check.log" || fail "the station key check"
grep -q "^PASS  data folder" "$work/check.log" || fail "the data folder check"
[ "$(grep -c '^FAIL' "$work/check.log")" -eq 3 ] || fail "other checks failed than publishers, banks, proctors"
as_station env QT_QPA_PLATFORM=offscreen EXAM_KIOSK_EXIT_AFTER_FIRST_SCREEN=1 exam-kiosk --windowed \
    >"$work/kiosk.log" 2>&1 || { cat "$work/kiosk.log"; fail "exam-kiosk does not start"; }
grep -q "^first-screen: " "$work/kiosk.log" || { cat "$work/kiosk.log"; fail "exam-kiosk showed no screen"; }
grep "^first-screen: " "$work/kiosk.log"

say "The intake service's user sets the intake up and serves HTTPS"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=localhost \
    -keyout "$root/tmp/intake.key" -out "$root/tmp/intake.pem" 2>/dev/null
chmod 644 "$root/tmp/intake.key" # readable by examintake, which reads it at every start
port=$((20000 + RANDOM % 20000))
as_intake() { chroot --userspec=examintake:examintake "$root" env -i PATH=/usr/bin:/bin HOME=/var/lib/exam-intake LANG=C.UTF-8 "$@"; }
as_intake exam-intake init --data-dir /var/lib/exam-intake --certificate /tmp/intake.pem --key /tmp/intake.key \
    --port "$port" >"$work/intake-init.log" 2>&1 || { cat "$work/intake-init.log"; fail "exam-intake init"; }
# Started directly, not through the function, so that $! is the server itself (chroot and env exec it).
chroot --userspec=examintake:examintake "$root" env -i PATH=/usr/bin:/bin HOME=/var/lib/exam-intake LANG=C.UTF-8 \
    exam-intake serve --data-dir /var/lib/exam-intake >"$work/intake-serve.log" 2>&1 &
intake_pid=$!
healthy=no
for _ in $(seq 50); do
    if curl -fsS -k --max-time 2 "https://127.0.0.1:$port/v1/health" >"$work/health.txt" 2>/dev/null; then
        healthy=yes
        break
    fi
    sleep 0.2
done
kill "$intake_pid" 2>/dev/null || true
wait "$intake_pid" 2>/dev/null || true
[ "$healthy" = yes ] || { cat "$work/intake-serve.log"; fail "the installed intake did not answer over HTTPS"; }
echo "intake health: $(cat "$work/health.txt")"
in_root find /var/lib/exam-intake -ls >"$work/intake-files.txt"
[ -z "$(in_root find /var/lib/exam-intake -name '*.key' -perm /go+rwx -print -quit)" ] \
    || { cat "$work/intake-files.txt"; fail "an intake private key can be read by others"; }

say "apt remove --purge"
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq exam-kiosk exam-bank exam-intake \
    >"$work/remove.log" 2>&1 || { tail -30 "$work/remove.log"; fail "apt-get remove"; }
for file in /usr/bin/exam-kiosk /usr/bin/examctl /usr/bin/exam-bank /usr/bin/exam-intake \
            /usr/lib/systemd/system/exam-kiosk-session.service /usr/share/exam-kiosk; do
    [ ! -e "$root$file" ] || fail "$file is left after removal"
done
in_root dpkg-query -W -f='${db:Status-Status}\n' exam-kiosk exam-bank exam-intake 2>/dev/null | grep -qx installed \
    && fail "a package is still installed"
[ -f "$root$data/station-key.key" ] || fail "removing the package deleted the station's data"
say "packages built, checked, installed, run and removed"
