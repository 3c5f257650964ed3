#!/usr/bin/python3
"""The endpoint killed mid-browse: the banner says what failed; the endpoint back on the same
address: the view recovers (failed regions retry by themselves)."""
import re
import signal

import ecs_e2e as e
from ecs_e2e import find, wait_until, table_rows, text_of


def banner_texts(s):
    P = e.pyatspi
    out = []
    for acc in e.find_all(s.window, P.ROLE_LABEL, re.compile(r"Could not|failed|refused", re.I)):
        out.append(e.name_of(acc))
    return out


def scenario(s):
    P = e.pyatspi
    sim, url = s.start_sim("--seed", "5", "--instances", "30")
    port = int(url.rsplit(":", 1)[1].strip("/"))
    s.add_profile_cli("e2e-outage", url)
    window = s.launch("--profile", "e2e-outage")
    s.open_pane("Instances")
    instances = find(window, P.ROLE_TABLE, "Instances", 30, showing_only=False)
    wait_until("instances loaded", lambda: table_rows(instances) > 0, 45)
    before = table_rows(instances)

    e.log("kill the endpoint")
    sim.stop(sig=signal.SIGKILL)
    # Browse on: the Images pane loads from the dead endpoint.
    s.open_pane("Images")
    images = find(window, P.ROLE_TABLE, "Images", 10, showing_only=False)
    texts = wait_until("a banner saying what failed", lambda: banner_texts(s), 60)
    e.log("banner: %s" % texts)
    if not any(re.search(r"image", t, re.I) for t in texts):
        raise e.ScenarioFailed("the banner does not say that the images failed to load: %s" % texts)
    if not any(re.search(r"refused|connect|reach|network", t, re.I) for t in texts):
        raise e.ScenarioFailed("the banner does not say why (connection refused): %s" % texts)
    retry = find(window, P.ROLE_PUSH_BUTTON, "Retry", 5)
    s.screenshot("banner")

    e.log("restart the endpoint on port %d" % port)
    s.start_sim("--seed", "5", "--instances", "30", port=port, name="ecs-sim-restarted")
    recovered = s.expect("the Images pane to recover by itself once the endpoint is back (failed "
                         "regions retried with backoff, no Retry pressed)",
                         lambda: table_rows(images) > 0 and not banner_texts(s), 20)
    if not recovered:
        # What a person then does: press Retry on the banner.
        e.press(retry, "Retry")
        wait_until("the images after Retry", lambda: table_rows(images) > 0 and not banner_texts(s), 20)
    s.open_pane("Instances")
    wait_until("the instances back", lambda: table_rows(instances) >= before and not banner_texts(s), 30)
    s.screenshot()


if __name__ == "__main__":
    e.run(scenario)
