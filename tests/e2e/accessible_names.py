#!/usr/bin/python3
"""Accessibility as a feature: walks the whole tree of every pane and dialog and fails on any
interactive element without an accessible name; then checks that every pane is reachable from the
keyboard (Ctrl+1 … Ctrl+N, in the sidebar's order)."""
import re

import ecs_e2e as e
from ecs_e2e import find, wait_until, table_rows

PANES = ["Regions", "Images", "Resources", "Instances", "Spot prices", "Calendar", "Spot advisor"]


def interactive_roles(P):
    return {P.ROLE_PUSH_BUTTON, P.ROLE_TOGGLE_BUTTON, P.ROLE_CHECK_BOX, P.ROLE_RADIO_BUTTON,
            P.ROLE_COMBO_BOX, P.ROLE_PASSWORD_TEXT, P.ROLE_SPIN_BUTTON, P.ROLE_SLIDER,
            P.ROLE_TABLE, P.ROLE_TREE_TABLE, P.ROLE_TREE, P.ROLE_LIST, P.ROLE_LIST_BOX,
            P.ROLE_PAGE_TAB, P.ROLE_MENU_ITEM, P.ROLE_CHECK_MENU_ITEM, P.ROLE_RADIO_MENU_ITEM,
            P.ROLE_MENU, P.ROLE_LINK, P.ROLE_DATE_EDITOR, P.ROLE_DIAL}


def item_roles(P):
    # Data items are named by what they show (an empty cell is fine); scroll bars by Qt.
    return {P.ROLE_TABLE_CELL, P.ROLE_LIST_ITEM, P.ROLE_TREE_ITEM, P.ROLE_TABLE_COLUMN_HEADER,
            P.ROLE_TABLE_ROW_HEADER, P.ROLE_COLUMN_HEADER, P.ROLE_ROW_HEADER, P.ROLE_SCROLL_BAR,
            P.ROLE_LABEL, P.ROLE_SEPARATOR, P.ROLE_STATUS_BAR, P.ROLE_STATIC}


def path_of(acc, stop):
    parts = []
    node = acc
    for _ in range(12):
        try:
            node = node.parent
        except Exception:
            break
        if node is None or node == stop:
            break
        n = e.name_of(node)
        parts.append("%s%s" % (e.role_name(node), " %r" % n if n else ""))
    return " < ".join(parts[:5])


class Audit:
    def __init__(self, s):
        self.s = s
        self.P = e.pyatspi
        self.interactive = interactive_roles(self.P)
        self.items = item_roles(self.P)
        self.offenders = {}
        self.checked = 0

    def walk(self, root, where):
        P = self.P
        for acc in e.walk(root, into_items=False, showing_only=True):
            role = acc.getRole()
            if role in self.items:
                continue
            if role == P.ROLE_TEXT:
                interactive = e.has_state(acc, P.STATE_EDITABLE)
            elif role in (P.ROLE_MENU_ITEM, P.ROLE_MENU) and acc.parent is not None \
                    and acc.parent.getRole() == P.ROLE_COMBO_BOX:
                interactive = False  # a combo's own popup
            else:
                interactive = role in self.interactive or e.has_state(acc, P.STATE_FOCUSABLE)
            if not interactive:
                continue
            self.checked += 1
            if role == P.ROLE_COMBO_BOX:
                # On Linux Qt names a combo box by its current item and drops setAccessibleName;
                # what it is for comes only from a buddy label (the Label relation).
                if not e.labels_of(acc):
                    self.offend(where, acc, root, "combo box with no label (announced only by its "
                                "current item %r)" % e.name_of(acc))
            elif not e.name_of(acc).strip():
                self.offend(where, acc, root, e.role_name(acc))

    def offend(self, where, acc, root, what):
        hint = e.description_of(acc)
        key = "%s%s in %s" % (what, " (description %r)" % hint[:60] if hint else "",
                              path_of(acc, root) or "the window itself")
        self.offenders.setdefault(key, [])
        if where not in self.offenders[key]:
            self.offenders[key].append(where)

    def walk_menus(self, window):
        P = self.P
        bar = find(window, P.ROLE_MENU_BAR, timeout=5)
        for acc in e.walk(bar, showing_only=False):
            if acc.getRole() in (P.ROLE_MENU_ITEM, P.ROLE_CHECK_MENU_ITEM, P.ROLE_MENU):
                self.checked += 1
                if not e.name_of(acc).strip():
                    self.offend("menus", acc, bar, e.role_name(acc))


def close_dialog(s, dialog, title):
    P = e.pyatspi
    for name in ("Cancel", "Close"):
        buttons = e.find_all(dialog, P.ROLE_PUSH_BUTTON, name)
        if buttons:
            e.press(buttons[0], name)
            break
    else:
        s.keys("Escape")
    s.no_dialog(title, 10)


def scenario(s):
    P = e.pyatspi
    window = s.launch()
    audit = Audit(s)
    for pane in PANES:
        s.open_pane(pane)
        wait_until("the %s pane to load" % pane, lambda: any(
            table_rows(t) > 0 for t in e.find_all(window, P.ROLE_TABLE)
            if e.name_of(t) not in ("Operations",)), 45)
        audit.walk(window, "%s pane" % pane)
    audit.walk_menus(window)

    # Profiles and the profile editor.
    s.menu("File", "Profiles…")
    manager = s.dialog("Profiles")
    audit.walk(manager, "Profiles dialog")
    e.press(find(manager, P.ROLE_PUSH_BUTTON, "Add…", 5), "Add…")
    editor = s.dialog("Add profile")
    audit.walk(editor, "Add profile dialog")
    close_dialog(s, editor, "Add profile")
    close_dialog(s, manager, "Profiles")

    # The instance dialogs on a running instance.
    s.open_pane("Instances")
    table = find(window, P.ROLE_TABLE, "Instances", 10)
    status_col = e.column_index(table, "Status")
    row = next(r for r in range(table_rows(table)) if e.cell(table, r, status_col) == "Running")
    s.type_into(find(window, P.ROLE_TEXT, "Filter instances"), e.cell(table, row, 1))
    wait_until("one row", lambda: table_rows(table) == 1, 10)
    s.click(table.queryTable().getAccessibleAt(0, 0))
    for label, title in (("Stop…", "Stop instances"), ("Reboot…", "Reboot instances"),
                         ("Release…", "Release instances"), ("Change type…", "Change instance type"),
                         ("Auto-release time…", "Automatic release"),
                         ("Add tags…", "Add tags"), ("Rename…", "Rename instance"),
                         ("Edit description…", "Edit description")):
        s.menu("Instances", label)
        dialog = s.dialog(title)
        audit.walk(dialog, "%s dialog" % title)
        close_dialog(s, dialog, title)

    # The create wizard, page by page as far as Next goes.
    s.menu("Instances", "Create instance…")
    wizard = s.dialog("Create instances")
    seen = []
    for _ in range(8):
        labels = [e.name_of(l) for l in e.find_all(wizard, P.ROLE_LABEL)]
        page = next((l for l in labels if l in ("Where", "Instance type", "Image", "Network",
                                                 "Billing", "Disks", "Name and count", "Review")), "?")
        seen.append(page)
        audit.walk(wizard, "wizard page %s" % page)
        trees = e.find_all(wizard, P.ROLE_TREE) + e.find_all(wizard, P.ROLE_TREE_TABLE)
        for tree in trees:
            try:
                wait_until("rows in %s" % e.name_of(tree), lambda: table_rows(tree) > 0, 20)
                s.click(tree.queryTable().getAccessibleAt(0, 0))
            except e.ScenarioFailed:
                pass
        nxt = e.find_all(wizard, P.ROLE_PUSH_BUTTON, "Next >")
        if not nxt:
            break
        try:
            wait_until("Next enabled", lambda: e.is_enabled(nxt[0]), 20)
        except e.ScenarioFailed:
            e.log("the wizard stops at %s (Next stays disabled)" % page)
            break
        e.press(nxt[0], "Next >")
        wait_until("the next page", lambda: page not in [e.name_of(l) for l in e.find_all(wizard, P.ROLE_LABEL)], 10)
    e.log("wizard pages walked: %s" % seen)
    s.keys("Escape")
    try:
        s.no_dialog("Create instances", 3)
    except e.ScenarioFailed:
        # A question before closing a wizard with input: walk it too, then discard.
        question = wait_until("the question before closing the wizard", lambda: next(
            (t for t in e.children(s.app) if e.is_showing(t) and t.getRole() in (
                P.ROLE_DIALOG, P.ROLE_ALERT) and e.name_of(t) != "Create instances"), None), 5)
        audit.walk(question, "closing-the-wizard question")
        e.press(find(question, P.ROLE_PUSH_BUTTON, re.compile(r"^(Discard|Close without|Yes)"), 5))
        s.no_dialog("Create instances", 5)

    s.menu("Help", "About ECS Console")
    about = s.dialog("About ECS Console")
    audit.walk(about, "About dialog")
    close_dialog(s, about, "About ECS Console")

    e.log("%d interactive elements checked" % audit.checked)
    for key, where in sorted(audit.offenders.items()):
        e.log("UNNAMED %s — seen in: %s" % (key, ", ".join(where)))

    # Every pane from the keyboard.
    keyboard_problems = []
    bar = s.sidebar()
    order = [e.name_of(c) for c in e.children(bar)]
    for pane in PANES:
        n = order.index(pane) + 1
        s.keys("ctrl+%d" % n)
        item = next(c for c in e.children(bar) if e.name_of(c) == pane)
        try:
            wait_until("Ctrl+%d to show %s" % (n, pane), lambda: e.has_state(item, P.STATE_SELECTED), 3)
        except e.ScenarioFailed as failure:
            keyboard_problems.append(str(failure))
    s.screenshot()
    problems = []
    if audit.offenders:
        problems.append("%d interactive elements have no accessible name (listed above)" % len(
            audit.offenders))
    problems += keyboard_problems
    if problems:
        raise e.ScenarioFailed("; ".join(problems))


if __name__ == "__main__":
    e.run(scenario)
