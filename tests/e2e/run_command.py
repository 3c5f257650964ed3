#!/usr/bin/python3
"""Run command on a selection in the Demo: select three running instances, Instances › Run
command…, type `hostname`, press Run, read each instance's result in the result view (status, exit
code, output); the operation is in the Operations dock like the others."""
import re

import ecs_e2e as e
from ecs_e2e import find, wait_until, table_rows, column_index, cell


def scenario(s):
    P = e.pyatspi
    window = s.launch()
    # View › Instances: the sidebar may be too short to show every pane on a small screen.
    s.menu("View", "Instances")
    table = find(window, P.ROLE_TABLE, "Instances", 30)
    wait_until("instances loaded", lambda: table_rows(table) > 0, 45)
    status_col = column_index(table, "Status")
    # Only running ones in view: the filter keeps them still under the pointer.
    search = find(window, P.ROLE_TEXT, "Filter instances")
    s.click(search)  # the focus comes back from the menu first
    s.type_into(search, "running")
    wait_until("running instances in view", lambda: table_rows(table) >= 3
               and all(cell(table, r, status_col) == "Running" for r in range(table_rows(table))), 20)
    s.click(table.queryTable().getAccessibleAt(0, 0))  # the name: in view on a small screen too
    s.keys("shift+Down", "shift+Down")
    wait_until("three rows selected", lambda: sum(
        1 for r in range(table_rows(table))
        if e.has_state(table.queryTable().getAccessibleAt(r, 0), P.STATE_SELECTED)) == 3, 5)

    s.menu("Instances", "Run command…")
    dialog = s.dialog("Run command")
    run = find(dialog, P.ROLE_PUSH_BUTTON, "Run the command", 5)
    if e.is_enabled(run):
        raise e.ScenarioFailed("Run is enabled before a script is typed")
    s.type_into(find(dialog, P.ROLE_TEXT, "Script", 5), "hostname")
    wait_until("Run to be enabled", lambda: e.is_enabled(run), 5)
    e.press(run, "Run")
    s.no_dialog("Run command")

    view = s.dialog(re.compile(r"^Run command on 3 instance"), 15)
    results = find(view, P.ROLE_TABLE, "Results per instance", 10)
    stop = find(view, P.ROLE_PUSH_BUTTON, "Stop", 5)
    wait_until("every instance final (Stop disabled)", lambda: not e.is_enabled(stop), 60)
    cols = {h: column_index(results, h) for h in ("Instance", "Status", "Exit code", "Error", "Output")}
    rows = [{h: cell(results, r, c) for h, c in cols.items()} for r in range(table_rows(results))]
    for row in rows:
        e.log("result: %r" % row)
    if len(rows) != 3:
        raise e.ScenarioFailed("%d result rows, 3 expected" % len(rows))
    for row in rows:
        if row["Status"] == "Succeeded":
            if row["Exit code"] != "0" or not row["Output"]:
                raise e.ScenarioFailed("a success without exit code 0 and output: %r" % row)
        elif row["Status"] in ("Skipped: no agent", "Not applicable"):
            pass  # the Demo has instances without the agent, and Windows ones (shell does not apply)
        else:
            raise e.ScenarioFailed("unexpected result %r" % row)
    if not any(r["Status"] == "Succeeded" for r in rows):
        raise e.ScenarioFailed("no instance ran the command")
    s.screenshot("results")
    ops = s.operations()
    wait_until("the run in the Operations dock", lambda: any(
        r.get("Operation", "").startswith("Run command on 3 instance") for r in s.operation_rows(ops)), 10)


if __name__ == "__main__":
    e.run(scenario)
