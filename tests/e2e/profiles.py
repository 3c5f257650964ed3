#!/usr/bin/python3
"""Add a profile through File → Profiles… (secret into the keychain), test its connection, switch
to it. The endpoint is an external ecs-sim on loopback."""
import os
import re

import ecs_e2e as e
from ecs_e2e import find, wait_until, table_rows, text_of

NAME = "e2e-remote"


def scenario(s):
    P = e.pyatspi
    sim, url = s.start_sim("--seed", "11", "--instances", "12")
    window = s.launch()
    wait_until("the Demo profile open", lambda: "Demo" in e.name_of(window), 30)

    s.menu("File", "Profiles…")
    manager = s.dialog("Profiles")
    e.press(find(manager, P.ROLE_PUSH_BUTTON, "Add…", 5), "Add…")
    editor = s.dialog("Add profile")
    s.type_into(s.field(editor, "Name"), NAME)
    s.type_into(s.field(editor, "AccessKey ID"), s.SIM_KEY_ID)
    secret = s.field(editor, "AccessKey secret")
    s.focus(secret)
    s.type_text(s.SIM_KEY_SECRET)
    # The field never tells the secret to the accessibility tree (a screen reader reads dots).
    shown = e.spoken(secret)
    e.log("the secret field exposes %d characters" % len(text_of(secret)))
    if s.SIM_KEY_SECRET in shown:
        raise e.ScenarioFailed("the secret field exposes the secret through the accessibility tree")
    region = s.field(editor, "Default region")
    if region.getRole() == P.ROLE_COMBO_BOX:
        try:
            s.pick(region, re.compile(r"cn-hangzhou"))
        except e.ScenarioFailed:
            s.focus(region)
            s.keys("ctrl+a")
            s.type_text("cn-hangzhou")
    else:
        s.type_into(region, "cn-hangzhou")
    s.type_into(s.field(editor, "Endpoint"), url)
    save = find(editor, P.ROLE_PUSH_BUTTON, re.compile(r"^(Save|OK)$"), 5)
    e.press(save)
    s.no_dialog("Add profile", 20)
    wait_until("the manager to say it saved %s" % NAME, lambda: any(
        "%s saved" % NAME in e.name_of(l) for l in e.find_all(manager, P.ROLE_LABEL)), 10)

    # The secret is in the keychain, not in the settings file.
    config_dir = os.path.join(s.home, ".config")
    for root, _, files in os.walk(config_dir):
        for f in files:
            with open(os.path.join(root, f), "rb") as fh:
                if s.SIM_KEY_SECRET.encode() in fh.read():
                    raise e.ScenarioFailed("the secret is in %s" % os.path.join(root, f))
    r = s.cli("profile", "test", NAME)
    if r.returncode != 0:
        raise e.ScenarioFailed("the stored profile does not work from the keychain")

    # Test the connection from the dialog.
    profiles = find(manager, P.ROLE_LIST, "Profiles", 5)
    item = wait_until("%s in the list" % NAME, lambda: next(
        (c for c in e.children(profiles) if e.name_of(c).startswith(NAME)), None), 10)
    if not e.has_state(item, P.STATE_SELECTED):
        s.click(item)
    wait_until("%s selected" % NAME, lambda: e.has_state(item, P.STATE_SELECTED), 5)
    e.press(find(manager, P.ROLE_PUSH_BUTTON, "Test connection", 5), "Test connection")
    result = wait_until("the connection test result", lambda: next(
        (e.name_of(l) for l in e.find_all(manager, P.ROLE_LABEL)
         if re.search(r"^Connected to |failed|cannot be used", e.name_of(l))), None), 20)
    e.log("test: %s" % result)
    if not re.search(r"^Connected to .*\b27 regions\b", result):
        raise e.ScenarioFailed("the connection test failed: %s" % result)
    s.screenshot("manager")

    # Switch to it.
    e.press(find(manager, P.ROLE_PUSH_BUTTON, "Use this profile", 5), "Use this profile")
    s.no_dialog("Profiles", 10)
    s.window = wait_until("the window of %s" % NAME, lambda: next(
        (w for w in e.children(s.app) if e.name_of(w) == "ECS Console — %s" % NAME and e.is_showing(w)), None), 20)
    regions = find(s.window, P.ROLE_TABLE, "Regions", 20)
    wait_until("regions from %s" % url, lambda: table_rows(regions) > 0, 30)
    switcher = s.combo(s.window, "Profile", 5)
    wait_until("the switcher to show %s" % NAME, lambda: s.combo_text(switcher) == NAME, 5)
    status = find(s.window, P.ROLE_LABEL, "Connection status", 5)
    s.expect("the status bar (label 'Connection status') to name the endpoint %s to the "
             "accessibility tree" % url, lambda: url.rstrip("/") in e.spoken(status), 10)
    s.screenshot()


if __name__ == "__main__":
    e.run(scenario)
