"""Reading and operating the accessibility tree (AT-SPI) of the console, as a screen reader does.

Finders by role and accessible name, waits that poll with a deadline, readers for labels, tables and
relations, and the Action interface. pyatspi is imported by load(), once the session's AT-SPI bus
is up; everything here is re-exported by ecs_e2e.
"""

import re
import sys
import time

POLL_S = 0.1
DEFAULT_TIMEOUT_S = 20.0

pyatspi = None  # imported once the AT-SPI bus of this session is up
GLib = None


class ScenarioFailed(AssertionError):
    pass


class _Tee:
    """Everything the scenario prints goes to the terminal (ctest) and to its log file."""

    def __init__(self, path):
        self.file = open(path, "w")
        self.stdout = sys.stdout

    def write(self, text):
        self.stdout.write(text)
        self.file.write(text)

    def flush(self):
        self.stdout.flush()
        self.file.flush()


def tee(path):
    sys.stdout = _Tee(path)


def log(message):
    sys.stdout.write("[%7.2fs] %s\n" % (time.monotonic() - _T0, message))
    sys.stdout.flush()


_T0 = time.monotonic()


# ---------------------------------------------------------------------------------------------
# Accessible helpers (module level so that scenarios can use them on any subtree)


def pump():
    """Let libatspi handle the events it has received (its cache follows them)."""
    if GLib is not None:
        context = GLib.MainContext.default()
        while context.pending():
            context.iteration(False)


def role_name(acc):
    try:
        return acc.getRoleName()
    except Exception:
        return "?"


def name_of(acc):
    try:
        return acc.name or ""
    except Exception:
        return ""


def description_of(acc):
    try:
        return acc.description or ""
    except Exception:
        return ""


def states(acc):
    try:
        return acc.getState()
    except Exception:
        return None


def has_state(acc, state):
    s = states(acc)
    return s is not None and s.contains(state)


def is_showing(acc):
    return has_state(acc, pyatspi.STATE_SHOWING) and has_state(acc, pyatspi.STATE_VISIBLE)


def is_enabled(acc):
    return has_state(acc, pyatspi.STATE_ENABLED) and has_state(acc, pyatspi.STATE_SENSITIVE)


def children(acc):
    try:
        count = acc.childCount
    except Exception:
        return []
    out = []
    for i in range(min(count, 5000)):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            out.append(child)
    return out


ITEM_CONTAINERS = set()  # roles whose children are data items (cells, rows), set by load()


def load():
    """Imports pyatspi (it connects to the session's accessibility bus on import)."""
    global pyatspi, GLib, ITEM_CONTAINERS
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import GLib as _GLib
    import pyatspi as _pyatspi
    pyatspi, GLib = _pyatspi, _GLib
    ITEM_CONTAINERS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE,
                       pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX}
    return pyatspi


def walk(root, into_items=False, showing_only=True, max_nodes=20000):
    """Depth-first over the tree; skips hidden subtrees and, unless asked, table/list items."""
    stack = [root]
    seen = 0
    while stack and seen < max_nodes:
        acc = stack.pop()
        seen += 1
        yield acc
        try:
            role = acc.getRole()
        except Exception:
            continue
        if not into_items and role in ITEM_CONTAINERS and acc is not root:
            continue
        kids = children(acc)
        if showing_only:
            kids = [k for k in kids if is_showing(k)]
        stack.extend(reversed(kids))


def _name_matches(actual, wanted):
    if wanted is None:
        return True
    if isinstance(wanted, re.Pattern):
        return wanted.search(actual) is not None
    if callable(wanted):
        return wanted(actual)
    return actual == wanted


def find_all(root, role=None, name=None, into_items=False, showing_only=True, predicate=None):
    out = []
    for acc in walk(root, into_items=into_items, showing_only=showing_only):
        if role is not None and acc.getRole() != role:
            continue
        if not _name_matches(name_of(acc), name):
            continue
        if predicate is not None and not predicate(acc):
            continue
        out.append(acc)
    return out


def clean_label(text):
    return text.replace("&", "").strip().rstrip(":").strip()


def labels_of(acc):
    """The texts of the labels that label this element (the AT-SPI Label relation)."""
    out = []
    try:
        for rel in acc.getRelationSet():
            if rel.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(rel.getNTargets()):
                    out.append(clean_label(name_of(rel.getTarget(i))))
    except Exception:
        pass
    return out


def describe(acc):
    return "%s %r" % (role_name(acc), name_of(acc))


def wait_until(what, condition, timeout=DEFAULT_TIMEOUT_S):
    """Polls condition() until it returns a truthy value; fails with `what` at the deadline."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        pump()
        try:
            value = condition()
            if value:
                return value
        except ScenarioFailed:
            raise
        except Exception as e:  # a vanished object while the tree changes: try again
            last_error = e
        if time.monotonic() > deadline:
            extra = " (last error: %s)" % last_error if last_error else ""
            raise ScenarioFailed("timed out after %.0f s waiting for %s%s" % (timeout, what, extra))
        time.sleep(POLL_S)


def find(root, role, name=None, timeout=DEFAULT_TIMEOUT_S, into_items=False, what=None, **kw):
    label = what or "%s %s" % (role_name_of(role), repr(name) if name is not None else "")
    return wait_until(
        "a showing %s" % label,
        lambda: next(iter(find_all(root, role, name, into_items=into_items, **kw)), None),
        timeout,
    )


def role_name_of(role):
    return str(role).replace("ROLE_", "").lower() if role is not None else "element"


def text_of(acc):
    """What the widget shows: its Text interface if it has one, else its name."""
    try:
        t = acc.queryText()
        return t.getText(0, t.characterCount)
    except Exception:
        return name_of(acc)


def spoken(acc):
    """What a screen reader says for an element: its name, then its description."""
    return "\n".join(t for t in (text_of(acc), description_of(acc)) if t)


def action_names(acc):
    try:
        a = acc.queryAction()
        return [a.getName(i) for i in range(a.nActions)]
    except Exception:
        return []


def do_action(acc, preferred=("press", "click", "toggle", "activate", "showmenu")):
    a = acc.queryAction()
    names = [a.getName(i).lower().replace(" ", "") for i in range(a.nActions)]
    index = next((names.index(p) for p in preferred if p in names), 0 if a.nActions else None)
    if index is None:
        raise ScenarioFailed("%s has no action to perform" % describe(acc))
    try:
        a.doAction(index)
    except Exception as e:  # an action that opens a modal loop answers late; its effect is checked
        log("(no answer from the action on %s: %s)" % (describe(acc), str(e).split(":")[0]))


def press(acc, what=None):
    """Presses a button as a person would: only when it is showing and enabled."""
    label = what or describe(acc)
    wait_until("%s to be enabled" % label, lambda: is_showing(acc) and is_enabled(acc), 10)
    log("press %s" % label)
    do_action(acc)


def table_rows(table):
    try:
        return table.queryTable().nRows
    except Exception:
        return -1


def table_columns(table):
    try:
        return table.queryTable().nColumns
    except Exception:
        return -1


def column_headers(table):
    t = table.queryTable()
    out = []
    for c in range(t.nColumns):
        try:
            out.append(t.getColumnDescription(c) or name_of(t.getColumnHeader(c)))
        except Exception:
            out.append("")
    return out


def column_index(table, header):
    headers = column_headers(table)
    if header not in headers:
        raise ScenarioFailed("%s has no column %r (columns: %s)" % (describe(table), header, headers))
    return headers.index(header)


def cell(table, row, column):
    acc = table.queryTable().getAccessibleAt(row, column)
    return text_of(acc) if acc is not None else ""


def column_texts(table, column, limit=200):
    t = table.queryTable()
    return [cell(table, r, column) for r in range(min(t.nRows, limit))]


# ---------------------------------------------------------------------------------------------
