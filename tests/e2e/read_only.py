#!/usr/bin/python3
"""A read-only profile: every action that changes resources is disabled, and says why."""
import re

import ecs_e2e as e
from ecs_e2e import find, wait_until, table_rows, cell

MUTATING = ["Create instance…", "Start", "Stop…", "Reboot…", "Release…", "Change type…", "Renew…",
            "Auto-renew…", "Auto-release time…", "Allocate public IP"]
READ_ONLY = re.compile(r"(?i)read-only")


def scenario(s):
    P = e.pyatspi
    sim, url = s.start_sim("--seed", "3", "--instances", "20")
    s.add_profile_cli("e2e-readonly", url, read_only=True)
    window = s.launch("--profile", "e2e-readonly")
    status = find(window, P.ROLE_LABEL, "Connection status", 10)
    s.expect("the status bar (label 'Connection status') to say read-only to the accessibility tree",
             lambda: READ_ONLY.search(e.spoken(status)), 5)
    s.open_pane("Instances")
    table = find(window, P.ROLE_TABLE, "Instances", 30)
    wait_until("instances loaded", lambda: table_rows(table) > 0, 45)
    status_col = e.column_index(table, "Status")
    # A running and a stopped instance: between them every action would be possible.
    for wanted in ("Running", "Stopped"):
        row = next((r for r in range(table_rows(table)) if cell(table, r, status_col) == wanted), None)
        if row is None:
            continue
        first = table.queryTable().getAccessibleAt(row, 0)
        s.click(first)
        wait_until("the %s row selected" % wanted, lambda: e.has_state(first, P.STATE_SELECTED), 5)
        for label in MUTATING:
            item = s.menu_item("Instances", label)
            if e.is_enabled(item):
                s.problem("with a %s instance selected, Instances → %s is enabled" % (wanted, label))
        # The pane's tool row and the main toolbar say why (tooltip = accessible description).
        for button in e.find_all(window, P.ROLE_PUSH_BUTTON, lambda n: n in MUTATING):
            name, why = e.name_of(button), e.description_of(button)
            e.log("%-18s enabled=%s: %r" % (name, e.is_enabled(button), why))
            if e.is_enabled(button):
                s.problem("with a %s instance selected, the %r button is enabled" % (wanted, name))
            elif not READ_ONLY.search(why):
                s.problem("the disabled %r button does not say the profile is read-only (%r)" % (name, why))
    # The shortcut does nothing either: Ctrl+N opens no wizard.
    s.keys("ctrl+n")
    try:
        s.dialog("Create instances", 2)
        s.problem("Ctrl+N opened the create wizard")
    except e.ScenarioFailed:
        pass
    # The Resources pane: Create instance here… on a cell in stock stays disabled, saying why.
    s.open_pane("Resources")
    matrix = find(window, P.ROLE_TABLE, "Available resources", 30)
    wait_until("resources loaded", lambda: table_rows(matrix) > 0, 45)
    stock = wait_until("a cell in stock", lambda: next(
        (matrix.queryTable().getAccessibleAt(r, c) for r in range(min(table_rows(matrix), 20))
         for c in range(e.table_columns(matrix)) if cell(matrix, r, c) == "In stock"), None), 10)
    s.click(stock)
    here = find(window, P.ROLE_PUSH_BUTTON, "Create instance here…", 5)
    wait_until("the cell chosen", lambda: not re.search(r"Select a cell", e.description_of(here)), 5)
    e.log("Create instance here…: enabled=%s %r" % (e.is_enabled(here), e.description_of(here)))
    if e.is_enabled(here):
        s.problem("Create instance here… is enabled on a read-only profile")
    elif not READ_ONLY.search(e.description_of(here)):
        s.problem("the disabled Create instance here… does not say the profile is read-only (%r)"
                  % e.description_of(here))
    s.screenshot()


if __name__ == "__main__":
    e.run(scenario)
