"""End-to-end harness: the real ecs-console, driven only through its accessibility tree (AT-SPI).

Each scenario is a script that calls ``run(scenario)``. The harness re-executes the script inside
its own ``dbus-run-session``, then starts Xvfb, openbox, the AT-SPI bus and an unlocked
gnome-keyring with a fresh HOME, launches the console and hands the scenario a ``Session``. Widgets
are found by role and accessible name; buttons are pressed only when they say they are enabled;
text is typed on the (virtual) keyboard; waits poll with a deadline, never a fixed sleep.

Run with Debian's /usr/bin/python3 (pyatspi is not importable from other interpreters).
"""

import argparse
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

import atspi_tree
from atspi_tree import *  # noqa: F401,F403 (the scenarios use them as ecs_e2e.*)
from atspi_tree import _name_matches

KEYRING_PASSWORD = b"ecs-console-e2e"
SCREEN = os.environ.get("ECS_E2E_SCREEN", "1280x800") + "x24"  # e.g. ECS_E2E_SCREEN=1024x640
pyatspi = None  # set by Session.start_desktop once the AT-SPI bus of this session is up


class Process:
    def __init__(self, name, popen, log_file=None):
        self.name = name
        self.popen = popen
        self.log_file = log_file

    def alive(self):
        return self.popen.poll() is None

    def stop(self, timeout=5.0, sig=signal.SIGTERM):
        if self.popen.poll() is None:
            try:
                self.popen.send_signal(sig)
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(5)
            except ProcessLookupError:
                pass
        if self.log_file:
            self.log_file.close()
            self.log_file = None


class Session:
    """One scenario's private desktop: X server, window manager, AT-SPI, keyring, console."""

    def __init__(self, args, name):
        self.args = args
        self.name = name
        self.console_path = os.path.abspath(args.console)
        self.sim_path = os.path.abspath(args.sim) if args.sim else None
        self.out = os.path.abspath(args.out)
        os.makedirs(self.out, exist_ok=True)
        self.processes = []
        self.console = None
        self.app = None
        self.tmp = tempfile.mkdtemp(prefix="ecs-e2e-%s-" % name)
        self.home = os.path.join(self.tmp, "home")
        self.screenshot_path = os.path.join(self.out, "%s.png" % name)
        self.screenshots = []
        self.problems = []

    # -- environment ----------------------------------------------------------------------
    def env(self, **extra):
        e = dict(os.environ)
        e.update(extra)
        return e

    def spawn(self, name, argv, env=None, stdin=None, log_name=None):
        log_path = os.path.join(self.out, "%s.%s.log" % (self.name, log_name or name))
        log_file = open(log_path, "wb")
        popen = subprocess.Popen(argv, env=env or os.environ, stdin=stdin, stdout=log_file,
                                 stderr=subprocess.STDOUT, start_new_session=True)
        proc = Process(name, popen, log_file)
        self.processes.append(proc)
        return proc

    def start_desktop(self):
        for d in ("", ".config", ".local/share", ".cache"):
            os.makedirs(os.path.join(self.home, d), exist_ok=True)
        runtime = os.path.join(self.tmp, "run")
        os.makedirs(runtime, mode=0o700, exist_ok=True)
        os.environ.update({
            "HOME": self.home,
            "XDG_CONFIG_HOME": os.path.join(self.home, ".config"),
            "XDG_DATA_HOME": os.path.join(self.home, ".local/share"),
            "XDG_CACHE_HOME": os.path.join(self.home, ".cache"),
            "XDG_RUNTIME_DIR": runtime,
            "NO_AT_BRIDGE": "0",
            "GTK_A11Y": "atspi",
        })
        for k in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "SESSION_MANAGER"):
            os.environ.pop(k, None)

        # X server: -displayfd writes the display number it took.
        read_fd, write_fd = os.pipe()
        popen = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", SCREEN, "-nolisten", "tcp",
             "-noreset", "+extension", "XTEST"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        os.close(write_fd)
        self.processes.append(Process("Xvfb", popen))
        number = b""
        deadline = time.monotonic() + 15
        while not number.endswith(b"\n"):
            if time.monotonic() > deadline or popen.poll() is not None:
                raise ScenarioFailed("Xvfb did not start")
            ready, _, _ = select.select([read_fd], [], [], 0.5)
            if ready:
                chunk = os.read(read_fd, 16)
                if not chunk:
                    break
                number += chunk
        os.close(read_fd)
        os.environ["DISPLAY"] = ":" + number.decode().strip()
        log("Xvfb on %s" % os.environ["DISPLAY"])

        self.spawn("openbox", ["openbox", "--sm-disable"])
        wait_until("the window manager", lambda: self._root_property("_NET_SUPPORTING_WM_CHECK"), 15)

        self.spawn("at-spi", ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
        wait_until("the AT-SPI bus", lambda: self._root_property("AT_SPI_BUS"), 15)

        keyring = self.spawn("keyring", ["gnome-keyring-daemon", "--foreground", "--unlock",
                                         "--components=secrets"], stdin=subprocess.PIPE)
        keyring.popen.stdin.write(KEYRING_PASSWORD)
        keyring.popen.stdin.close()
        wait_until("the Secret Service", lambda: self._bus_name_owned("org.freedesktop.secrets"), 15)

        global pyatspi
        pyatspi = atspi_tree.load()
        self.desktop = pyatspi.Registry.getDesktop(0)
        try:  # no stale cache: every query asks the application
            self.desktop.set_cache_mask(pyatspi.Atspi.Cache.NONE)
        except Exception:
            pass

    def _root_property(self, name):
        r = subprocess.run(["xprop", "-root", name], capture_output=True, text=True)
        return r.returncode == 0 and "not found" not in r.stdout and "no such atom" not in r.stdout

    def _bus_name_owned(self, name):
        r = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                            "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                            "string:" + name], capture_output=True, text=True)
        return "boolean true" in r.stdout

    # -- the console ------------------------------------------------------------------------
    def console_env(self):
        return self.env(QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                        QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR="1",
                        QT_LOGGING_RULES="ecs.*.debug=false")

    def cli(self, *args, stdin=None, check=True):
        """Runs `ecs-console <args>` (the command line a person uses), e.g. to add a profile."""
        r = subprocess.run([self.console_path, *args], input=stdin, capture_output=True,
                           env=self.console_env(), timeout=60)
        log("ecs-console %s -> rc %d %s" % (" ".join(args), r.returncode,
                                             r.stdout.decode(errors="replace").strip()[:200]))
        if check and r.returncode != 0:
            raise ScenarioFailed("ecs-console %s failed (%d): %s" % (
                " ".join(args), r.returncode, r.stderr.decode(errors="replace")))
        return r

    def launch(self, *extra_args):
        log("launch %s %s" % (self.console_path, " ".join(extra_args)))
        argv = [self.console_path, *extra_args]
        if os.environ.get("ECS_E2E_GDB"):  # a backtrace in the console log if it crashes
            argv = ["gdb", "-q", "-batch", "-ex", "run", "-ex", "bt 30", "--args", *argv]
        self.console = self.spawn("ecs-console", argv, env=self.console_env(), log_name="console")
        self.app = wait_until("ecs-console on the accessibility bus", self._find_app, 30)
        self.window = self.main_window()
        return self.window

    def _find_app(self):
        if self.console is not None and not self.console.alive():
            raise ScenarioFailed("ecs-console exited with %s" % self.console.popen.returncode)
        for app in children(self.desktop):
            if name_of(app) == "ecs-console":
                return app
        return None

    def main_window(self, timeout=30):
        return find(self.app, pyatspi.ROLE_FRAME, re.compile(r"^ECS Console"), timeout,
                    what="main window")

    def dialog(self, title, timeout=DEFAULT_TIMEOUT_S):
        """A top-level window (dialog, wizard, message box) whose title matches."""
        def look():
            for top in children(self.app):
                if _name_matches(name_of(top), title) and is_showing(top):
                    return top
            return None
        return wait_until("a window titled %r" % (title,), look, timeout)

    def no_dialog(self, title, timeout=DEFAULT_TIMEOUT_S):
        def gone():
            return not any(_name_matches(name_of(t), title) and is_showing(t)
                           for t in children(self.app))
        wait_until("window %r to close" % (title,), gone, timeout)

    def wait_for_console_exit(self, timeout=10):
        wait_until("ecs-console to exit", lambda: not self.console.alive(), timeout)

    # -- input ------------------------------------------------------------------------------
    def keys(self, *combos):
        """Presses keys on the keyboard (xdotool syntax: ctrl+f, slash, Escape, Delete)."""
        for combo in combos:
            log("key %s" % combo)
            subprocess.run(["xdotool", "key", "--clearmodifiers", combo], check=True)
            time.sleep(0.05)

    def type_text(self, text):
        subprocess.run(["xdotool", "type", "--delay", "8", "--", text], check=True)

    def focus(self, acc):
        """Gives an element the keyboard focus: through AT-SPI, else by clicking it."""
        wait_until("%s to be enabled" % describe(acc), lambda: is_showing(acc) and is_enabled(acc), 10)
        try:
            acc.queryComponent().grabFocus()
            wait_until("%s to have focus" % describe(acc),
                       lambda: has_state(acc, pyatspi.STATE_FOCUSED), 1.5)
            return
        except ScenarioFailed:
            pass
        self.click(acc)
        wait_until("%s to have focus" % describe(acc), lambda: has_state(acc, pyatspi.STATE_FOCUSED), 5)

    def type_into(self, field, text):
        """Focuses a field, clears it and types text, then checks the field shows it."""
        self.focus(field)
        self.keys("ctrl+a", "BackSpace")
        log("type %r into %s" % (text, describe(field)))
        self.type_text(text)
        wait_until("%s to read %r" % (describe(field), text), lambda: text_of(field) == text, 5)

    def click(self, acc, button=1, double=False):
        """A mouse click in the middle of the element, as shown on screen."""
        x, y, w, h = self.extents(acc)
        if w <= 0 or h <= 0:
            raise ScenarioFailed("%s is not on screen" % describe(acc))
        if acc.getRole() == pyatspi.ROLE_TABLE_CELL and acc.parent is not None \
                and not self.inside(acc, acc.parent):
            raise ScenarioFailed("%s is scrolled out of view in %s" % (describe(acc), describe(acc.parent)))
        cx, cy = x + w // 2, y + h // 2
        # Two clicks on one spot in quick succession are a double click; a person pauses.
        last = getattr(self, "_last_click", (None, 0.0))
        if last[0] == (cx, cy) and time.monotonic() - last[1] < 0.7:
            time.sleep(0.7 - (time.monotonic() - last[1]))
        self._last_click = ((cx, cy), time.monotonic())
        log("click %s at %d,%d" % (describe(acc), cx, cy))
        argv = ["xdotool", "mousemove", str(cx), str(cy), "click"]
        if double:
            argv += ["--repeat", "2"]
        subprocess.run(argv + [str(button)], check=True)

    def inside(self, acc, container):
        x, y, w, h = self.extents(acc)
        cx, cy, cw, ch = self.extents(container)
        return w > 0 and h > 0 and cx <= x + w // 2 < cx + cw and cy <= y + h // 2 < cy + ch

    def click_header(self, table, column):
        """Clicks a column's header as a person does: first scrolling the table sideways until the
        column is on screen (a click on the first cell, then Right), then clicking above it.
        Qt 6.4 reports header cells where they would be unscrolled, so the column's cells say where
        the header is shown."""
        def first_cell():
            return table.queryTable().getAccessibleAt(0, column)
        if not self.inside(first_cell(), table):
            self.click(table.queryTable().getAccessibleAt(0, 0))
            subprocess.run(["xdotool", "key", "--clearmodifiers", "--delay", "20"] + ["Right"] * column,
                           check=True)
            wait_until("column %d of %s on screen" % (column, describe(table)),
                       lambda: self.inside(first_cell(), table), 5)
        header = table.queryTable().getColumnHeader(column)
        x, _, w, _ = self.extents(first_cell())
        _, y, _, h = self.extents(header)
        last = getattr(self, "_last_click", (None, 0.0))
        if last[0] == (x + w // 2, y + h // 2) and time.monotonic() - last[1] < 0.7:
            time.sleep(0.7 - (time.monotonic() - last[1]))  # not a double click
        log("click the %r header at %d,%d" % (name_of(header), x + w // 2, y + h // 2))
        subprocess.run(["xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "1"],
                       check=True)
        self._last_click = ((x + w // 2, y + h // 2), time.monotonic())

    def extents(self, acc):
        e = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return e.x, e.y, e.width, e.height

    def pick(self, combo, item, timeout=DEFAULT_TIMEOUT_S):
        """Chooses an item of a combo box as a person does: a click opens its list, the arrow keys
        move to the item and Return takes it."""
        wait_until("%s to be enabled" % describe(combo),
                   lambda: is_showing(combo) and is_enabled(combo), timeout)
        if _name_matches(self.combo_text(combo), item):
            return
        label = getattr(item, "pattern", item)
        names = wait_until("item %r in %s" % (label, describe(combo)), lambda: (lambda n: n if any(
            _name_matches(x, item) for x in n) else None)([name_of(c) for c in self.combo_items(combo)]),
            timeout)
        target = next(i for i, n in enumerate(names) if _name_matches(n, item))
        log("pick %r in %s" % (names[target], describe(combo)))
        self.click(combo)
        popup = wait_until("the list of %s to open" % describe(combo), lambda: next(
            (c for c in children(combo) if c.getRole() in (pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX)
             and is_showing(c)), None), 5)
        del popup
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Home"], check=True)
        if target:
            subprocess.run(["xdotool", "key", "--clearmodifiers", "--delay", "15"] + ["Down"] * target,
                           check=True)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Return"], check=True)
        wait_until("%s to show %r" % (describe(combo), names[target]),
                   lambda: self.combo_text(combo) == names[target], 5)

    def combo(self, root, label, timeout=DEFAULT_TIMEOUT_S):
        """A combo box by its label. On Linux Qt names a combo box by its current text and labels it
        through the Label relation of its buddy QLabel; a tooltip-only combo is found by the label
        shown just before it, as a sighted person would (the audit scenario reports those)."""
        return wait_until("a combo box labelled %r" % label,
                          lambda: next(iter(self.combos(root, label)), None), timeout)

    def field(self, root, label, roles=None, timeout=10):
        """An input (text, spin box, combo box…) by what labels it: its accessible name or the
        label whose buddy it is (the Label relation), compared without '&' and the colon."""
        roles = roles or (pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON,
                          pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_DATE_EDITOR)
        return wait_until("a field labelled %r" % label, lambda: next(iter(find_all(
            root, None, predicate=lambda a: a.getRole() in roles and (
                clean_label(name_of(a)) == label or label in labels_of(a)))), None), timeout)

    def combos(self, root, label):
        out = []
        for acc in find_all(root, pyatspi.ROLE_COMBO_BOX):
            if label in labels_of(acc) or description_of(acc) == label:
                out.append(acc)
        if out:
            return out
        for parent in find_all(root, None, predicate=lambda a: a.childCount < 200):
            kids = [k for k in children(parent) if is_showing(k)]
            for before, acc in zip(kids, kids[1:]):
                if acc.getRole() == pyatspi.ROLE_COMBO_BOX and before.getRole() == pyatspi.ROLE_LABEL \
                        and clean_label(name_of(before)) == label:
                    out.append(acc)
        return out

    def combo_items(self, combo):
        for child in children(combo):
            if child.getRole() in (pyatspi.ROLE_LIST, pyatspi.ROLE_MENU, pyatspi.ROLE_LIST_BOX):
                return children(child)
        return []

    def combo_text(self, combo):
        # On Linux Qt names a combo box by its current text.
        if name_of(combo):
            return name_of(combo)
        try:
            value = combo.queryText()
            text = value.getText(0, value.characterCount)
            if text:
                return text
        except Exception:
            pass
        for child in children(combo):
            if child.getRole() in (pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX):
                try:
                    sel = child.querySelection()
                    if sel.nSelectedChildren:
                        return name_of(sel.getSelectedChild(0))
                except Exception:
                    pass
        return name_of(combo)

    def sidebar(self):
        return find(self.window, pyatspi.ROLE_LIST, "Resources", what="the pane list (sidebar)")

    def open_pane(self, name):
        """Clicks a pane in the sidebar and waits until it is the selected one."""
        bar = self.sidebar()
        item = wait_until("sidebar item %r" % name, lambda: next(
            (c for c in children(bar) if name_of(c) == name), None), 10)
        if not has_state(item, pyatspi.STATE_SELECTED):
            self.click(item)
        wait_until("pane %r to be selected" % name, lambda: has_state(item, pyatspi.STATE_SELECTED), 5)
        return item

    def menu(self, *path):
        """Opens a menu of the main window's menu bar and triggers an item: menu('File', 'Quit')."""
        bar = find(self.window, pyatspi.ROLE_MENU_BAR, timeout=5)
        node = bar
        for i, label in enumerate(path):
            plain = lambda n, label=label: n.replace("&", "") == label
            item = wait_until("menu item %r" % label, lambda plain=plain, node=node: next(
                (c for c in self._menu_children(node) if plain(name_of(c))), None), 5)
            if i == len(path) - 1:
                wait_until("menu item %r to be enabled" % label, lambda item=item: is_enabled(item), 5)
            log("menu %s" % label)
            do_action(item)
            node = item
        return node

    def _menu_children(self, node):
        out = []
        for c in children(node):
            if c.getRole() in (pyatspi.ROLE_MENU, pyatspi.ROLE_POPUP_MENU) and not name_of(c):
                out.extend(children(c))
            else:
                out.append(c)
        return out

    def menu_item(self, *path):
        """The accessible of a menu item, without triggering it (the menu is left closed)."""
        bar = find(self.window, pyatspi.ROLE_MENU_BAR, timeout=5)
        node = bar
        for label in path:
            node = wait_until("menu item %r" % label, lambda node=node, label=label: next(
                (c for c in self._menu_children(node) if name_of(c).replace("&", "") == label), None), 5)
        return node

    # -- operations dock ----------------------------------------------------------------------
    def operations(self):
        # Not necessarily showing: an empty dock shows its empty-state text instead of the table.
        return find(self.window, pyatspi.ROLE_TABLE, "Operations", 10, what="the Operations dock",
                    showing_only=False)

    def operation_rows(self, ops):
        t = ops.queryTable()
        if t.nRows <= 0:
            return []
        headers = column_headers(ops)
        return [{h: cell(ops, r, c) for c, h in enumerate(headers)} for r in range(t.nRows)]

    def wait_operation(self, ops, title, timeout=60):
        """Waits until the newest operation whose title matches is Done; fails at once on Failed."""
        def done():
            for row in self.operation_rows(ops):
                if _name_matches(row.get("Operation", ""), title):
                    if row.get("State") in ("Failed", "Cancelled"):
                        raise ScenarioFailed("operation %r %s: %s" % (
                            row.get("Operation"), row.get("State"), row.get("Detail")))
                    return row if row.get("State") == "Done" else None
            return None
        row = wait_until("operation %s to be Done" % (getattr(title, "pattern", title),), done, timeout)
        log("operation %r: %s (%s)" % (row.get("Operation"), row.get("State"), row.get("Detail")))
        return row

    # -- profiles ---------------------------------------------------------------------------
    SIM_KEY_ID = "LTAIdemoEcsSimulator"
    SIM_KEY_SECRET = "ecs-sim-demo-secret-not-for-production"

    def add_profile_cli(self, name, endpoint, region="cn-hangzhou", read_only=False,
                        key_id=None, secret=None):
        """Stores a profile with the console's own command line (the secret goes to the keychain)."""
        args = ["profile", "add", name, "--access-key-id", key_id or self.SIM_KEY_ID,
                "--region", region, "--endpoint", endpoint]
        if read_only:
            args.append("--read-only")
        self.cli(*args, stdin=((secret or self.SIM_KEY_SECRET) + "\n").encode())

    # -- checks that do not stop the scenario ------------------------------------------------
    def expect(self, what, condition, timeout=DEFAULT_TIMEOUT_S):
        """Like wait_until, but a miss is recorded and the scenario goes on; it fails at the end."""
        try:
            return wait_until(what, condition, timeout)
        except ScenarioFailed as failure:
            self.problem(str(failure))
            return None

    def problem(self, text):
        log("PROBLEM: %s" % text)
        self.problems.append(text)

    # -- evidence ---------------------------------------------------------------------------
    def screenshot(self, suffix=None):
        path = self.screenshot_path if suffix is None else os.path.join(
            self.out, "%s-%s.png" % (self.name, suffix))
        r = subprocess.run(["import", "-window", "root", path], capture_output=True)
        if r.returncode == 0:
            log("screenshot %s" % path)
            self.screenshots.append(path)
        else:
            log("screenshot failed: %s" % r.stderr.decode(errors="replace").strip())
        return path

    def dump_tree(self, root=None, path=None, depth=40):
        """Writes the accessibility tree (roles, names, states) to help read a failure."""
        root = root or self.app
        path = path or os.path.join(self.out, "%s.tree.txt" % self.name)
        lines = []

        def visit(acc, level):
            if level > depth or len(lines) > 2500:
                return
            try:
                st = states(acc)
                flags = "".join(f for f, s in (("S", pyatspi.STATE_SHOWING), ("E", pyatspi.STATE_ENABLED),
                                               ("F", pyatspi.STATE_FOCUSED)) if st and st.contains(s))
                lines.append("%s%s %r [%s] %r" % ("  " * level, role_name(acc), name_of(acc), flags,
                                                  description_of(acc)[:80]))
                if acc.getRole() in ITEM_CONTAINERS and acc.childCount > 40:
                    lines.append("%s  ... %d children" % ("  " * level, acc.childCount))
                    for child in children(acc)[:40]:
                        visit(child, level + 1)
                    return
            except Exception as e:
                lines.append("%s<error %s>" % ("  " * level, e))
                return
            for child in children(acc):
                visit(child, level + 1)

        try:
            visit(root, 0)
        except Exception as e:
            lines.append("<error %s>" % e)
        with open(path, "w") as f:
            f.write("\n".join(lines) + "\n")
        log("accessibility tree written to %s" % path)

    # -- external endpoint --------------------------------------------------------------------
    def start_sim(self, *extra, port=0, name="ecs-sim"):
        """Starts the ecs-sim executable on loopback; returns (process, endpoint URL)."""
        if not self.sim_path:
            raise ScenarioFailed("this scenario needs --sim")
        argv = [self.sim_path, "--listen", "127.0.0.1:%d" % port, *extra]
        log("start %s" % " ".join(argv))
        popen = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 start_new_session=True)
        proc = Process(name, popen)
        self.processes.append(proc)
        line = b""
        deadline = time.monotonic() + 20
        while b"listening on" not in line:
            if time.monotonic() > deadline or popen.poll() is not None:
                raise ScenarioFailed("ecs-sim did not start: %r" % line)
            ready, _, _ = select.select([popen.stdout], [], [], 0.5)
            if ready:
                chunk = popen.stdout.readline()
                if not chunk:
                    continue
                line = chunk
        url = line.decode().strip().split("listening on", 1)[1].strip()
        log("ecs-sim at %s" % url)
        # Drain its output so that it never blocks on a full pipe.
        log_path = os.path.join(self.out, "%s.%s.log" % (self.name, name))
        subprocess.Popen(["cat"], stdin=popen.stdout, stdout=open(log_path, "ab"))
        return proc, url

    # -- teardown ---------------------------------------------------------------------------
    def close(self, failed, crashed=False):
        if self.console is not None and not self.console.alive():
            rc = self.console.popen.returncode
            log("ecs-console is gone: exit status %s%s" % (rc, " (killed by %s)" % signal.Signals(-rc).name
                                                            if rc is not None and rc < 0 else ""))
        try:
            if self.screenshot_path not in self.screenshots:
                self.screenshot()
        except Exception as e:
            log("screenshot failed: %s" % e)
        if crashed and self.app is not None:  # a step failed: what the tree looked like then
            try:
                self.dump_tree()
            except Exception as e:
                log("tree dump failed: %s" % e)
        for proc in reversed(self.processes):
            proc.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--console", required=True, help="the ecs-console executable")
    p.add_argument("--sim", help="the ecs-sim executable (for scenarios with an external endpoint)")
    p.add_argument("--out", required=True, help="folder for screenshots and logs")
    return p.parse_args(argv)


def run(scenario, name=None):
    """Entry point of a scenario script: python3 <scenario>.py --console X [--sim Y] --out DIR."""
    name = name or os.path.splitext(os.path.basename(sys.argv[0]))[0]
    args = parse_args(sys.argv[1:])
    if os.environ.get("ECS_E2E_INNER") != "1":
        # A private session bus: nothing of the caller's desktop (or another scenario) leaks in.
        env = dict(os.environ, ECS_E2E_INNER="1")
        os.execvpe("dbus-run-session", ["dbus-run-session", "--", sys.executable,
                                        os.path.abspath(sys.argv[0]), *sys.argv[1:]], env)
    os.makedirs(args.out, exist_ok=True)
    atspi_tree.tee(os.path.join(os.path.abspath(args.out), "%s.log" % name))
    started = time.monotonic()
    session = Session(args, name)
    failed = crashed = True
    try:
        session.start_desktop()
        scenario(session)
        crashed = False
        if session.problems:
            log("FAILED: %d problem(s):\n  - %s" % (len(session.problems), "\n  - ".join(session.problems)))
        else:
            failed = False
    except ScenarioFailed as e:
        log("FAILED: %s" % e)
        traceback.print_exc(file=sys.stdout)
    except Exception:
        log("ERROR in the scenario:")
        traceback.print_exc(file=sys.stdout)
    finally:
        session.close(failed, crashed)
    elapsed = time.monotonic() - started
    print("%s: %s in %.1f s; screenshot %s" % (name, "FAIL" if failed else "PASS", elapsed,
                                               session.screenshot_path))
    sys.stdout.flush()
    sys.exit(1 if failed else 0)
