#!/usr/bin/python3
"""A blind candidate's whole module, with Debian's Orca as the only way to know what is on the screen.

    orca_kiosk.py --kiosk build/bin/exam-kiosk [--timeout SECONDS] [--keep]

On a headless desktop of its own (orcadesktop.py: Xvfb, session and accessibility buses, speech-
dispatcher into a null audio output), the kiosk runs its demo station (--demo --windowed). The proctor
signs in and sets up a sitting with the "Screen reader (Orca)" accommodation through AT-SPI (as
atspi_kiosk.py does); from then on the kiosk starts Orca itself, and the candidate works by keyboard
alone (XTest keys into the kiosk's window). What Orca speaks is read from its debug log (the demo
station's EXAM_ORCA_TRANSCRIPT), and each check is on those words: the welcome, the practice, every
item's number and question on arrival, options with their letters and states, flag, clear and strike,
the time left on request, a time warning, the review summary, the submit warning, the score report, a
message screen; and that Orca's own keys (Insert+letter, Caps Lock+letter) never reach the kiosk.

Every check prints PASS or FAIL with what Orca said; the last line says how many passed and failed;
exit status 0 only when all passed. Everything started here is ended here, and its folder removed
(--keep leaves the folder, with Orca's log, for a look).
"""

import argparse
import os
import re
import signal
import sqlite3
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from orcadesktop import Desktop, DesktopError, Transcript  # noqa: E402

WINDOW = "Exam kiosk"


class Failed(Exception):
    """A step the rest depends on did not happen."""


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def check(self, condition, what, heard=None):
        if condition:
            self.passed += 1
            print(f"  PASS  {what}")
        else:
            self.failed.append(what)
            print(f"  FAIL  {what}")
            if heard is not None:
                print("        Orca said: " + (" | ".join(heard) if heard else "nothing"))
        return condition

    def require(self, condition, what, heard=None):
        if not self.check(condition, what, heard):
            raise Failed(what)


class Candidate:
    """Keys into the kiosk, and what Orca said after each."""

    def __init__(self, desktop, transcript, checks):
        self.desktop = desktop
        self.transcript = transcript
        self.checks = checks

    def keys(self, *keys, quiet=0.6, limit=10.0):
        mark = self.transcript.mark()
        self.desktop.key(*keys)
        self.transcript.settle(quiet, limit)
        heard = self.transcript.since(mark)
        print(f"  key   {' '.join(keys)}: " + (" | ".join(h[:140] for h in heard) if heard else "(nothing)"))
        return heard

    def hears(self, heard, pattern, what):
        found = any(re.search(pattern, line) for line in heard)
        return self.checks.check(found, what, heard)


class KioskProcess:
    """The kiosk as atspi_kiosk.Walk expects it."""

    def __init__(self, process):
        self.process = process

    def alive(self):
        return self.process.poll() is None

    def could_not_reach_display(self):
        return False


def set_up_sitting(walk, checks):
    """The proctor, through AT-SPI: signs in, sets up a sitting with the screen-reader accommodation."""
    nodes = walk.wait_node("the first screen", ("label", "heading"), "This station is ready")[1]
    walk.press_to_next_screen(nodes, "push button", "Proctor: set up a sitting", "'Proctor: set up a sitting'")
    walk.sign_in("Sign in to set up a sitting.", wrong_pin_first=False)
    nodes = walk.wait_node("the set-up screen's Candidate ID field", ("text", "entry"), "Candidate ID")[1]
    walk.set_text(walk.find(nodes, ("text", "entry"), "Candidate ID"), "ORCA-0001")
    walk.set_text(walk.find(nodes, ("text", "entry"), "Candidate name"), "Rosa Parks")
    for name in ("Photo ID checked", "Screen reader (Orca)"):
        box = walk.find(nodes, "check box", name)
        checks.require(box is not None and "enabled" in box.states, f"the set-up screen offers {name!r}")
        walk.act(box, ("Toggle", "Press"))
    module = next((n for n in nodes if n.role == "check box" and n.name.startswith("CLA ")), None)
    checks.require(module is not None, "the set-up screen offers the CLA module")
    walk.act(module, ("Toggle", "Press"))
    before = walk.current_page()
    walk.press(walk.tree(), "push button", "Set up and hand over to the candidate")
    walk.wait_page_change(before, "setting up the sitting")


def start_kiosk(args, desktop, station, log):
    kiosk = desktop.spawn("kiosk", [args.kiosk, "--demo", "--windowed", "--data-dir", station],
                          env={"QT_QPA_PLATFORM": "xcb", "EXAM_ORCA_TRANSCRIPT": log})
    desktop.focus_window_named(WINDOW)
    return kiosk


def tab_to(candidate, pattern, what, most=12):
    """Tab until Orca names what the keyboard landed on as `pattern`."""
    for _ in range(most):
        heard = candidate.keys("Tab")
        if any(re.search(pattern, line) for line in heard):
            return heard
    candidate.checks.require(False, f"Tab reaches {what}")


def arrival(candidate, heard, number, total, answered=None):
    where = f"Item {number} of {total}\\. " + (f"Answered {answered}\\." if answered else "Not answered\\.")
    return candidate.hears(heard, "^" + where + r" \S", f"item {number}: Orca says where the candidate is, then the "
                           "question")


def item_keys(candidate, walk, total):
    """On item 1: answer, flag, clear, strike, the time left, and Orca's own keys kept from the kiosk."""
    checks = candidate.checks
    heard = candidate.keys("b")
    candidate.hears(heard, r"^Option B: .*", "B chooses option B, said with its letter and words")
    candidate.hears(heard, r"selected radio button", "the chosen option is said to be selected")
    heard = candidate.keys("f")
    candidate.hears(heard, r"^Flagged for review\.$", "F flags the item and says so")
    heard = candidate.keys("f")
    candidate.hears(heard, r"^Flag removed\.$", "F again removes the flag and says so")
    heard = candidate.keys("Delete")
    candidate.hears(heard, r"^Answer cleared\. Not answered\.$", "Delete clears the answer and says so")
    heard = candidate.keys("shift+c")
    candidate.hears(heard, r"^Option C struck out\.$", "Shift+C strikes option C out and says so")
    heard = candidate.keys("shift+c")
    candidate.hears(heard, r"^Option C back in\.$", "Shift+C again brings it back and says so")
    heard = candidate.keys("t")
    candidate.hears(heard, r"^Time left: 1 hour 29 minutes\.$", "T says the time left in words")

    # Orca's own commands: the kiosk never sees the letter. Insert+F (text attributes), Insert+B and
    # Caps Lock+B (not bound: Orca swallows them), Insert+H (learn mode, where every key is Orca's).
    for keys in ("Insert+f", "Insert+b", "Caps_Lock+b", "Caps_Lock+f", "Insert+1"):
        candidate.keys(keys)
    candidate.keys("Insert+h")
    for keys in ("f", "b", "n"):
        candidate.keys(keys)
    candidate.keys("Escape")
    nodes = walk.tree()
    flag = walk.find(nodes, ("toggle button", "check box", "push button"), contains="Flag")
    checks.check(flag is not None and flag.name == "Flag for review" and "checked" not in flag.states,
                 "Orca's keys and learn mode left the item unflagged", [repr(flag)])
    chosen = [n.name for n in nodes if n.role == "radio button" and "checked" in n.states]
    checks.check(chosen == [], "Orca's keys and learn mode chose no option", chosen)
    progress = walk.find(nodes, "label", contains=f" of {total}")
    checks.check(progress is not None and progress.name == f"Item 1 of {total}",
                 "Orca's keys and learn mode left the candidate on item 1", [repr(progress)])


def crash_and_warning(args, desktop, station, log, kiosk, walk, candidate):
    """The station dies and comes back with 15 minutes and a few seconds left (its stored clock set so):
    the proctor resumes, and the 15-minute warning is said when it comes."""
    before = candidate.transcript.mark()
    os.killpg(kiosk.pid, signal.SIGKILL)  # the kiosk and the Orca it started
    kiosk.wait(10)
    database = sqlite3.connect(os.path.join(station, "station.sqlite"))
    with database:
        database.execute("UPDATE sessions SET elapsed_ms = limit_ms + extensions_ms - 904000 "
                         "WHERE id = (SELECT max(id) FROM sessions)")
    database.close()
    kiosk = start_kiosk(args, desktop, station, log)
    walk.kiosk.process = kiosk
    walk.app = walk.stack = None
    candidate.checks.require(walk.find_application(30) is not None, "the restarted kiosk is on the accessibility bus")
    nodes = walk.wait_node("the restarted kiosk's 'Proctor: resume'", "push button", "Proctor: resume")[1]
    # The kiosk starts Orca again (the sitting has the accommodation); Orca reads where the keyboard is.
    deadline = time.monotonic() + 30
    while candidate.transcript.mark() == before and time.monotonic() < deadline:
        time.sleep(0.2)
    candidate.transcript.settle(1.0, 20)
    heard = candidate.transcript.since(before)
    candidate.hears(heard, r"^Session interrupted: proctor required panel\.",
                    "after the restart, Orca is back and the message screen is read whole")
    mark = candidate.transcript.mark()
    walk.press_to_next_screen(nodes, "push button", "Proctor: resume", "'Proctor: resume'")
    walk.sign_in("Sign in to resume the module.", wrong_pin_first=False)
    candidate.transcript.settle(0.8, 20)
    time.sleep(6)  # the warning comes within four seconds of the clock running again
    candidate.transcript.settle(0.8, 10)
    heard = candidate.transcript.since(mark)
    arrival(candidate, heard, 1, 91)
    candidate.hears(heard, r"^15 minutes left\.", "the 15-minute warning is said when it comes")
    return kiosk


def run(args, desktop, checks):
    station = os.path.join(desktop.folder, "station")
    log = os.path.join(desktop.folder, "orca-transcript.log")
    kiosk = start_kiosk(args, desktop, station, log)

    # pyatspi talks to the desktop's own buses: imported only now that they are in the environment.
    os.environ.update(desktop.env)
    import atspi_kiosk
    walk = atspi_kiosk.Walk(KioskProcess(kiosk), atspi_kiosk.Checks())
    checks.require(walk.find_application(30) is not None, "the kiosk is on the accessibility bus")
    set_up_sitting(walk, checks)

    print("\n== The candidate's welcome: the kiosk has started Orca")
    transcript = Transcript(log)
    candidate = Candidate(desktop, transcript, checks)
    deadline = time.monotonic() + 30
    while not transcript.mark() and time.monotonic() < deadline:
        time.sleep(0.2)
    transcript.settle(1.0, 20)
    heard = transcript.since(0)
    print("  heard " + " | ".join(heard))
    checks.require(heard != [], "the kiosk started Orca for the candidate", heard)
    candidate.hears(heard, r"^Welcome panel\.", "the welcome is read whole under its title")
    candidate.hears(heard, r"You are Rosa Parks, candidate ID ORCA-0001\..*91 items, 90 minutes",
                    "the candidate's name, id, module and minutes are read")
    candidate.hears(heard, r"^Yes, this is me push button", "the keyboard is on 'Yes, this is me'")

    print("\n== Practice")
    heard = candidate.keys("Return")
    candidate.hears(heard, r"^How the exam works panel", "Enter goes on to the practice, read whole")
    candidate.hears(heard, r"^Practice item: which of these is a unit of length\?$", "the practice question is read")
    heard = candidate.keys("b")
    candidate.hears(heard, r"^Option B: Metre", "B chooses the practice option B, said by name")
    candidate.hears(heard, r"^Done: Choose an answer", "the practice step ticked off is said")
    tab_to(candidate, r"^I am ready to start push button", "'I am ready to start'")
    heard = candidate.keys("Return")
    candidate.hears(heard, r"You are ready", "the 'You are ready' screen is read")

    print("\n== The proctor starts the module")
    mark = transcript.mark()
    walk.start_module()
    transcript.settle(0.8, 20)
    heard = transcript.since(mark)
    print("  heard " + " | ".join(h[:140] for h in heard))
    total = 91
    arrival(candidate, heard, 1, total)
    item_keys(candidate, walk, total)

    print("\n== Items 2 to 91: each said on arrival, answered by letter")
    kiosk = crash_and_warning(args, desktop, os.path.join(desktop.folder, "station"), log, kiosk, walk, candidate)
    # Back on item 1 after the restart (the keyboard on its question).
    skipped = {7, 50}
    for number in range(1, total + 1):
        if number > 1:
            arrival(candidate, heard, number, total)
        if number not in skipped:
            letter = "abcd"[number % 4]
            heard = candidate.keys(letter)
            candidate.hears(heard, rf"^Option {letter.upper()}: ", f"item {number}: {letter.upper()} is said chosen")
        heard = candidate.keys("n")

    print("\n== Review, submit, score report")
    candidate.hears(heard, r"^Review.*panel\.", "after the last item the review screen is read whole")
    candidate.hears(heard, r"89 of 91 answered, 2 not answered", "the review summary is read")
    tab_to(candidate, r"^Submit.*push button", "the review screen's submit button")
    heard = candidate.keys("Return")
    candidate.hears(heard, r"panel\.", "the submit screen is read whole")
    candidate.hears(heard, r"Not answered \(2\)", "the submit warning says how many are not answered")
    tab_to(candidate, r"^Submit now push button", "'Submit now'")
    heard = candidate.keys("Return", quiet=1.0)
    candidate.hears(heard, r"Score report", "the score report is read")
    candidate.hears(heard, r"%", "the score is read")
    checks.check(kiosk.poll() is None, "the kiosk ran to the end")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kiosk", required=True, help="the exam-kiosk program")
    parser.add_argument("--timeout", type=int, default=500, help="seconds for the whole module (default 500)")
    parser.add_argument("--keep", action="store_true", help="leave the desktop's folder (Orca's log) behind")
    args = parser.parse_args()
    checks = Checks()

    def out_of_time(signum, frame):
        raise Failed(f"the whole walk took longer than {args.timeout} s")

    signal.signal(signal.SIGALRM, out_of_time)
    signal.alarm(args.timeout)
    desktop = Desktop()
    try:
        desktop.start()
        run(args, desktop, checks)
    except (Failed, DesktopError) as error:
        checks.failed.append(str(error))
        print(f"  STOP  {error}")
    finally:
        signal.alarm(0)
        desktop.stop()
        if args.keep:
            print(f"orca-kiosk: the desktop's folder is kept: {desktop.folder}")
        else:
            desktop.remove()
    print(f"orca-kiosk: {checks.passed} passed, {len(checks.failed)} failed")
    return 0 if not checks.failed else 1


if __name__ == "__main__":
    sys.exit(main())
