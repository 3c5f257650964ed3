#!/usr/bin/python3
"""Acting on one instance through menus and shortcuts, watching the Operations dock until each step
is done: stop (Instances menu) → start (Ctrl+Shift+S) → change type (Instances menu) → release
(Delete, typed confirmation). A refused action says why: its menu item is disabled with the reason,
and its shortcut says the reason in the status bar instead of doing nothing."""
import re

import ecs_e2e as e
from ecs_e2e import find, wait_until, table_rows, column_index, cell, text_of

TIME_SCALE = "5"  # the external ecs-sim runs its state machine 5 times faster


def scenario(s):
    P = e.pyatspi
    sim, url = s.start_sim("--seed", "7", "--instances", "40", "--time-scale", TIME_SCALE)
    s.add_profile_cli("e2e-sim", url)
    window = s.launch("--profile", "e2e-sim")
    s.open_pane("Instances")
    table = find(window, P.ROLE_TABLE, "Instances", 30)
    wait_until("instances loaded", lambda: table_rows(table) > 0, 45)
    cols = {h: column_index(table, h) for h in ("Name", "Instance ID", "Status", "Type", "Billing",
                                                 "Preemptible")}

    def row_of(instance_id):
        t = table.queryTable()
        for r in range(t.nRows):
            if cell(table, r, cols["Instance ID"]) == instance_id:
                return r
        return None

    def status(instance_id):
        r = row_of(instance_id)
        return None if r is None else cell(table, r, cols["Status"])

    def pick_target():
        t = table.queryTable()
        for r in range(t.nRows):
            if (cell(table, r, cols["Status"]) == "Running"
                    and cell(table, r, cols["Billing"]) == "Pay-as-you-go"
                    and not cell(table, r, cols["Preemptible"])):
                return cell(table, r, cols["Instance ID"])
        return None

    target = wait_until("a running pay-as-you-go instance", pick_target, 30)
    e.log("target %s" % target)
    # Only that instance in view: live updates of others cannot move it under the pointer.
    s.type_into(find(window, P.ROLE_TEXT, "Filter instances"), target)
    wait_until("only %s in view" % target, lambda: table_rows(table) == 1, 10)
    s.click(table.queryTable().getAccessibleAt(0, cols["Name"]))
    wait_until("%s selected" % target, lambda: e.has_state(
        table.queryTable().getAccessibleAt(0, cols["Name"]), P.STATE_SELECTED), 5)

    ops = s.operations()

    # A refused action: Start on a running instance is disabled in the menu and the tool row, and
    # the tool row's button says why (its tooltip, the accessible description).
    start_item = s.menu_item("Instances", "Start")
    wait_until("Start to be disabled in the menu for a running instance",
               lambda: not e.is_enabled(start_item), 5)
    start_button = find(window, P.ROLE_PUSH_BUTTON, "Start", 5)
    wait_until("the Start button to be disabled", lambda: not e.is_enabled(start_button), 5)
    reason = e.description_of(start_button)
    e.log("Start disabled: %r (menu item description %r)" % (reason, e.description_of(start_item)))
    if not re.search(r"(?i)not available.*(running|already)", reason):
        raise e.ScenarioFailed("the disabled Start button does not say why (description %r)" % reason)

    # Stop through the Instances menu.
    s.menu("Instances", "Stop…")
    dialog = s.dialog("Stop instances")
    e.press(find(dialog, P.ROLE_PUSH_BUTTON, "Stop", 5), "Stop")
    s.no_dialog("Stop instances")
    s.wait_operation(ops, re.compile(r"^Stop "), 60)
    wait_until("%s Stopped" % target, lambda: status(target) == "Stopped", 30)

    # Start with its shortcut, the focus in the table.
    s.click(table.queryTable().getAccessibleAt(0, cols["Name"]))
    s.keys("ctrl+shift+s")
    s.wait_operation(ops, re.compile(r"^Start "), 60)
    wait_until("%s Running" % target, lambda: status(target) == "Running", 30)

    # Change the type through the menu: stop, change, start as one operation.
    old_type = cell(table, row_of(target), cols["Type"])
    s.menu("Instances", "Change type…")
    dialog = s.dialog("Change instance type")
    types = find(dialog, P.ROLE_LIST, "Instance types", 10)
    wait_until("the types it can change to", lambda: types.childCount > 1, 30)
    choice = next(i for i in e.children(types)
                  if e.is_showing(i) and e.name_of(i).split()[0] != old_type)
    s.click(choice)
    wait_until("%s chosen" % e.name_of(choice), lambda: e.has_state(choice, P.STATE_SELECTED), 5)
    new_type = e.name_of(choice).split()[0]
    restart = find(dialog, P.ROLE_CHECK_BOX, re.compile(r"^Stop the instance"), 5)
    if not e.has_state(restart, P.STATE_CHECKED):
        e.press(restart, "Stop … start it again")
    e.press(find(dialog, P.ROLE_PUSH_BUTTON, "Change type", 5), "Change type")
    s.no_dialog("Change instance type")
    s.wait_operation(ops, re.compile(r"^Change "), 90)
    wait_until("%s to be %s and Running" % (target, new_type),
               lambda: cell(table, row_of(target), cols["Type"]) == new_type
               and status(target) == "Running", 30)
    e.log("type %s → %s" % (old_type, new_type))

    # The refused shortcut: Ctrl+Shift+S on a running instance says why in the status bar.
    s.click(table.queryTable().getAccessibleAt(0, cols["Name"]))
    s.keys("ctrl+shift+s")
    status_bar = find(window, P.ROLE_STATUS_BAR, None, 5)

    def says_why():
        for acc in [status_bar] + e.find_all(status_bar, None):
            for text in (text_of(acc), e.description_of(acc)):
                if re.search(r"(?i)start", text) and re.search(r"(?i)running|not available|cannot", text):
                    return text
        return None

    said = s.expect("the status bar to say why Ctrl+Shift+S (Start) does nothing on a running "
                    "instance (nothing readable there through the accessibility tree)", says_why, 5)
    if said:
        e.log("status bar: %r" % said)
    s.screenshot("refused-shortcut")

    # Release with Delete: a running instance needs the word typed.
    s.click(table.queryTable().getAccessibleAt(0, cols["Name"]))
    s.keys("Delete")
    dialog = s.dialog("Release instances")
    release = find(dialog, P.ROLE_PUSH_BUTTON, "Release", 5)
    confirmation = find(dialog, P.ROLE_TEXT, "Confirmation", 5)
    if e.is_enabled(release):
        raise e.ScenarioFailed("Release is enabled before the confirmation is typed")
    s.type_into(confirmation, "release")
    e.press(release, "Release")
    s.no_dialog("Release instances")
    s.wait_operation(ops, re.compile(r"^Release "), 60)
    wait_until("%s to leave the table" % target, lambda: row_of(target) is None, 30)
    s.screenshot()


if __name__ == "__main__":
    e.run(scenario)
