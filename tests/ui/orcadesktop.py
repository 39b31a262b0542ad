"""A headless desktop for a screen reader, thrown away at the end: an X server (Xvfb), a session bus, the
accessibility bus, speech-dispatcher speaking into a null audio output, and the transcript of what Orca
says, read from Orca's debug log.

Used by orca_kiosk.py. Nothing of the calling session is used or touched: every process gets the
desktop's own DISPLAY, buses, HOME and XDG folders, all inside one temporary folder, and stop() ends
every process started here (in reverse order) and removes the folder.
"""

import os
import re
import shutil
import signal
import sys
import subprocess
import tempfile
import time

# "13:05:01.123456 - SPEECH OUTPUT: 'Yes, this is me push button.' voice=system{'established': True}" in
# Orca 43's debug log (the voice and its settings are optional). What is said may run over several lines
# (a question with a line break): the entry ends on the line with the closing quote and the settings.
SPEECH_START = re.compile(r"^\d\d:\d\d:\d\d\.\d+ - SPEECH OUTPUT: '(.*)$")
SPEECH_END = re.compile(r"^(.*)'(?: voice=\w+)?\s*(?:[\[{].*[\]}])?\s*$")


class DesktopError(Exception):
    """Something the desktop needs could not be started; the message says what."""


class Desktop:
    def __init__(self, parent=None, size="1280x1024"):
        self.folder = tempfile.mkdtemp(prefix="orca-desktop.", dir=parent)
        self.size = size
        self.processes = []  # (name, Popen), started in order, ended in reverse
        self.display = None
        self.env = {}

    # -- start ---------------------------------------------------------------------------------

    def start(self):
        home = os.path.join(self.folder, "home")
        runtime = os.path.join(self.folder, "run")
        os.makedirs(home)
        os.makedirs(runtime, mode=0o700)
        base = {k: v for k, v in os.environ.items()
                if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS",
                             "SESSION_MANAGER", "XAUTHORITY")}
        base.update({
            "HOME": home,
            "XDG_RUNTIME_DIR": runtime,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            # Orca and GLib keep their settings in memory: nothing read from or written to dconf.
            "GSETTINGS_BACKEND": "memory",
            "NO_AT_BRIDGE": "0",
        })
        self.env = base
        self._start_x()
        self._start_session_bus()
        self._start_accessibility_bus()
        self._write_speech_settings()
        self._start_speech_dispatcher()

    def _spawn(self, name, argv, log_name=None, **kwargs):
        log = open(os.path.join(self.folder, (log_name or name) + ".log"), "ab")
        try:
            process = subprocess.Popen(argv, env=kwargs.pop("env", self.env), stdout=log, stderr=subprocess.STDOUT,
                                       stdin=subprocess.DEVNULL, start_new_session=True, **kwargs)
        except OSError as error:
            raise DesktopError(f"cannot start {argv[0]}: {error}") from error
        finally:
            log.close()
        self.processes.append((name, process))
        return process

    def _start_x(self):
        read_end, write_end = os.pipe()
        self._spawn("xvfb", ["Xvfb", "-displayfd", str(write_end), "-screen", "0", self.size + "x24",
                             "-nolisten", "tcp", "-noreset", "-auth", "/dev/null"], pass_fds=(write_end,))
        os.close(write_end)
        number = b""
        deadline = time.monotonic() + 15
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            chunk = os.read(read_end, 16)
            if not chunk:
                break
            number += chunk
        os.close(read_end)
        if not number.strip().isdigit():
            raise DesktopError("Xvfb did not start (see xvfb.log)")
        self.display = ":" + number.strip().decode()
        self.env["DISPLAY"] = self.display

    def _start_session_bus(self):
        socket = os.path.join(self.env["XDG_RUNTIME_DIR"], "bus")
        self._spawn("dbus", ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--address=unix:path=" + socket])
        self._wait_for(lambda: os.path.exists(socket), "the session bus")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=" + socket

    def _start_accessibility_bus(self):
        self._spawn("at-spi", ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
        self._wait_for(lambda: self._bus_name_owned("org.a11y.Bus"), "the accessibility bus")
        # Toolkits ask org.a11y.Status whether to expose themselves; a screen reader sets it when it
        # starts, this sets it before anything starts so no application misses it.
        subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                        "org.freedesktop.DBus.Properties.Set", "string:org.a11y.Status", "string:IsEnabled",
                        "variant:boolean:true"], env=self.env, check=True, capture_output=True, timeout=10)

    def _bus_name_owned(self, name):
        reply = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                                "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:" + name],
                               env=self.env, capture_output=True, text=True, timeout=10)
        return "boolean true" in reply.stdout

    def _write_speech_settings(self):
        # speech-dispatcher with its "dummy" output module and libao's null driver: speech is produced
        # and timed as for a person, nothing comes out of a speaker, and no sound server is needed.
        config = os.path.join(self.env["XDG_CONFIG_HOME"], "speech-dispatcher")
        os.makedirs(config)
        with open(os.path.join(config, "speechd.conf"), "w") as conf:
            conf.write('AudioOutputMethod "libao"\n'
                       'AddModule "dummy" "sd_dummy" ""\n'
                       'DefaultModule dummy\n'
                       'DisableAutoSpawn\n')
        with open(os.path.join(self.env["HOME"], ".libao"), "w") as ao:
            ao.write("default_driver=null\n")

    def _start_speech_dispatcher(self):
        self._spawn("speech-dispatcher", ["speech-dispatcher", "--run-single", "--timeout", "0",
                                          "--config-dir", os.path.join(self.env["XDG_CONFIG_HOME"],
                                                                        "speech-dispatcher")])
        socket = os.path.join(self.env["XDG_RUNTIME_DIR"], "speech-dispatcher", "speechd.sock")
        self._wait_for(lambda: os.path.exists(socket), "speech-dispatcher")

    def _wait_for(self, condition, what, seconds=15):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            for name, process in self.processes:
                if process.poll() is not None:
                    raise DesktopError(f"{name} ended with status {process.returncode} while waiting for {what} "
                                       f"(see {name}.log)")
            if condition():
                return
            time.sleep(0.05)
        raise DesktopError(f"{what} did not come up within {seconds} s")

    # -- run -----------------------------------------------------------------------------------

    def spawn(self, name, argv, env=None):
        """Starts a program on this desktop; stop() ends it."""
        merged = dict(self.env)
        merged.update(env or {})
        return self._spawn(name, argv, env=merged)

    def log(self, name):
        try:
            with open(os.path.join(self.folder, name + ".log"), errors="replace") as log:
                return log.read()
        except OSError:
            return ""

    def key(self, *keys):
        """Keys typed on the X server's keyboard (XTest), as a person would: into the focused window."""
        subprocess.run(["xdotool", "key", "--clearmodifiers", "--delay", "60", *keys], env=self.env, check=True,
                       timeout=20)

    def focus_window_named(self, name, seconds=20):
        """Gives the named window the keyboard focus (there is no window manager to do it)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], env=self.env,
                                   capture_output=True, text=True, timeout=10)
            windows = found.stdout.split()
            if windows:
                subprocess.run(["xdotool", "windowfocus", "--sync", windows[-1]], env=self.env, check=True,
                               timeout=10)
                return windows[-1]
            time.sleep(0.2)
        raise DesktopError(f"no window named {name!r} appeared within {seconds} s")

    # -- stop ----------------------------------------------------------------------------------

    def stop(self):
        # Each process group, whether its leader still runs or not: the kiosk's Orca is in the kiosk's.
        for name, process in reversed(self.processes):
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for name, process in reversed(self.processes):
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            try:
                os.killpg(process.pid, signal.SIGKILL)  # what is left of the group
            except ProcessLookupError:
                pass
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                print(f"orcadesktop: {name} (pid {process.pid}) did not end", file=sys.stderr)
        self.processes.clear()

    def remove(self):
        shutil.rmtree(self.folder, ignore_errors=True)


class Transcript:
    """What Orca spoke, read from its debug log as it grows."""

    def __init__(self, path):
        self.path = path
        self.lines = []
        self._offset = 0
        self._partial = ""
        self._open = None  # a spoken entry whose closing line has not come yet

    def _read(self):
        try:
            if os.path.getsize(self.path) < self._offset:  # Orca started again: a new log
                self._offset, self._partial, self._open = 0, "", None
            with open(self.path, errors="replace") as log:
                log.seek(self._offset)
                chunk = log.read()
                self._offset = log.tell()
        except FileNotFoundError:
            return False
        if not chunk:
            return False
        text = self._partial + chunk
        *complete, self._partial = text.split("\n")
        for line in complete:
            started = SPEECH_START.match(line)
            if started:
                self._open = started.group(1)
            elif self._open is not None:
                self._open += " " + line.strip()
            else:
                continue
            ended = SPEECH_END.match(self._open)
            if ended:
                self.lines.append(ended.group(1))
                self._open = None
        return True

    def mark(self):
        self._read()
        return len(self.lines)

    def settle(self, quiet=0.5, limit=8.0):
        """Waits until Orca's log has not grown for `quiet` seconds (at most `limit`)."""
        deadline = time.monotonic() + limit
        last_growth = time.monotonic()
        while time.monotonic() < deadline:
            if self._read():
                last_growth = time.monotonic()
            elif time.monotonic() - last_growth >= quiet:
                return
            time.sleep(0.05)

    def since(self, mark):
        self._read()
        return self.lines[mark:]
