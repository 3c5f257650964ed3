#!/usr/bin/python3
"""One fleet across accounts: three profiles added through File → Profiles…, each on its own ecs-sim
process — two AccessKey profiles on worlds of the same seed (the same instance ids in both
accounts) and a RamRoleArn profile that assumes a role through its simulator's STS AssumeRole —,
All profiles chosen in the sidebar; the Profile column lists all three, every instance once; a
mixed selection's Stop runs one operation per profile and both end Done."""
import re

import ecs_e2e as e
from ecs_e2e import find, wait_until, table_rows, column_index, cell


def add_profile(s, manager, name, url, role_arn=None):
    P = e.pyatspi
    e.press(find(manager, P.ROLE_PUSH_BUTTON, "Add…", 5), "Add…")
    editor = s.dialog("Add profile")
    s.type_into(s.field(editor, "Name"), name)
    if role_arn:
        s.pick(s.combo(editor, "Credential", 5), re.compile(r"\(RamRoleArn\)$"))
        s.type_into(s.field(editor, "Role ARN"), role_arn)
        s.type_into(s.field(editor, "Role session name"), "e2e-fleet")
    s.type_into(s.field(editor, "AccessKey ID"), s.SIM_KEY_ID)
    s.focus(s.field(editor, "AccessKey secret"))
    s.type_text(s.SIM_KEY_SECRET)
    region = s.field(editor, "Default region")
    if region.getRole() == P.ROLE_COMBO_BOX:
        s.pick(region, re.compile(r"cn-hangzhou"))
    else:
        s.type_into(region, "cn-hangzhou")
    s.type_into(s.field(editor, "Endpoint"), url)
    e.press(find(editor, P.ROLE_PUSH_BUTTON, re.compile(r"^(Save|OK)$"), 5))
    s.no_dialog("Add profile", 20)
    wait_until("the manager to say it saved %s" % name, lambda: any(
        "%s saved" % name in e.name_of(l) for l in e.find_all(manager, P.ROLE_LABEL)), 10)


def scenario(s):
    P = e.pyatspi
    _, url_a = s.start_sim("--seed", "5", "--instances", "10", "--time-scale", "5", name="ecs-sim-a")
    _, url_b = s.start_sim("--seed", "5", "--instances", "10", "--time-scale", "5", name="ecs-sim-b")
    _, url_c = s.start_sim("--seed", "9", "--instances", "4", "--time-scale", "5", name="ecs-sim-c")
    window = s.launch()
    wait_until("the Demo profile open", lambda: "Demo" in e.name_of(window), 30)
    s.menu("File", "Profiles…")
    manager = s.dialog("Profiles")
    add_profile(s, manager, "fleet-a", url_a)
    add_profile(s, manager, "fleet-b", url_b)
    add_profile(s, manager, "fleet-role", url_c, role_arn="acs:ram::1234567890123456:role/e2e-ops")
    profiles = find(manager, P.ROLE_LIST, "Profiles", 5)
    item = wait_until("fleet-a in the list", lambda: next(
        (c for c in e.children(profiles) if e.name_of(c).startswith("fleet-a")), None), 10)
    s.click(item)
    e.press(find(manager, P.ROLE_PUSH_BUTTON, "Use this profile", 5), "Use this profile")
    s.no_dialog("Profiles", 10)
    s.window = window = wait_until("the window of fleet-a", lambda: next(
        (w for w in e.children(s.app) if e.name_of(w).startswith("ECS Console — fleet-a")
         and e.is_showing(w)), None), 20)

    s.open_pane("Instances")
    table = find(window, P.ROLE_TABLE, "Instances", 30)
    e.press(find(window, P.ROLE_CHECK_BOX, "All regions", 10), "All regions")
    wait_until("fleet-a's instances", lambda: table_rows(table) == 10, 45)
    s.pick(s.combo(window, "Profiles in view", 10), "All profiles")
    wait_until("the three accounts' instances", lambda: table_rows(table) == 24, 60)
    cols = {h: column_index(table, h) for h in ("Profile", "Instance ID", "Status")}

    last = []

    def every_instance_once():
        # Read again until the table holds still: rows may still move while answers land (the
        # sort waits for the load to end), and a row that moves between two cells' reads gives
        # an empty cell. Two reads alike, every cell filled, each instance once.
        read = [(cell(table, r, cols["Profile"]), cell(table, r, cols["Instance ID"]))
                for r in range(table_rows(table))]
        stable = read == last[-1:][0] if last else False
        last[:] = [read]
        complete = all(profile and instance for profile, instance in read)
        return read if stable and complete and len(set(read)) == 24 else None

    rows = wait_until("every instance listed once", every_instance_once, 30)
    shown = {profile for profile, _ in rows}
    e.log("profiles shown: %s" % sorted(shown))
    if shown != {"fleet-a", "fleet-b", "fleet-role"}:
        raise e.ScenarioFailed("the Profile column lists %s, not fleet-a, fleet-b and fleet-role"
                               % sorted(shown))
    if sum(p == "fleet-role" for p, _ in rows) != 4:
        raise e.ScenarioFailed("the role's 4 instances are not there: %s" % rows)
    s.screenshot("all-profiles")

    def running_target():
        for r in range(table_rows(table)):
            # fleet-a's ids are fleet-b's too (the same seed); the role's world is another.
            if cell(table, r, cols["Status"]) == "Running" and cell(table, r, cols["Profile"]) == "fleet-a":
                return cell(table, r, cols["Instance ID"])
        return None

    # The same id in both accounts: the filter leaves one row of each.
    target = wait_until("a running instance", running_target, 30)
    s.type_into(find(window, P.ROLE_TEXT, "Filter instances"), target)
    wait_until("%s in both accounts" % target, lambda: table_rows(table) == 2, 10)
    s.click(table.queryTable().getAccessibleAt(0, cols["Profile"]))
    s.keys("shift+Down")
    ops = s.operations()
    s.menu("Instances", "Stop…")
    dialog = s.dialog("Stop instances")
    e.press(find(dialog, P.ROLE_PUSH_BUTTON, "Stop", 5), "Stop")
    s.no_dialog("Stop instances")
    s.wait_operation(ops, re.compile(r"^Stop "), 60)
    s.wait_operation(ops, re.compile(r"^fleet-b: Stop "), 60)
    wait_until("both rows Stopped", lambda: all(
        cell(table, r, cols["Status"]) == "Stopped" for r in range(table_rows(table))), 30)
    s.screenshot()


if __name__ == "__main__":
    e.run(scenario)
