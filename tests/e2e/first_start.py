#!/usr/bin/python3
"""First start on Demo: every pane loads rows; the region switcher changes what the panes show."""
import re

import ecs_e2e as e
from ecs_e2e import find, wait_until, table_rows, column_index, column_texts

PANES = [  # sidebar item, the pane's main table
    ("Regions", "Regions"),
    ("Images", "Images"),
    ("Resources", "Available resources"),
    ("Instances", "Instances"),
    ("Spot prices", "Spot price points"),
]


def scenario(s):
    window = s.launch()
    P = e.pyatspi
    sidebar = find(window, P.ROLE_LIST, "Resources", what="the pane list (sidebar)")
    for item_name, table_name in PANES:
        s.open_pane(item_name)
        table = find(window, P.ROLE_TABLE, table_name, 30, what="the %s table" % table_name)
        rows = wait_until("rows in the %s table" % table_name, lambda: table_rows(table) > 0, 45)
        e.log("%s: %d rows" % (item_name, table_rows(table)))
    del sidebar

    # The region switcher: the Instances pane follows it.
    region = s.combo(window, "Region")
    s.open_pane("Instances")
    instances = find(window, P.ROLE_TABLE, "Instances")
    zone = column_index(instances, "Zone")
    wait_until("instances loaded", lambda: table_rows(instances) > 0, 30)
    first_region = s.combo_text(region)
    first_zones = set(column_texts(instances, zone))
    e.log("region %r, zones %s" % (first_region, sorted(first_zones)))
    names = [e.name_of(i) for i in s.combo_items(region)]
    e.log("regions offered: %d" % len(names))
    target = next(n for n in names if n != first_region and n.endswith("cn-shanghai")) \
        if any(n.endswith("cn-shanghai") for n in names) and not first_region.endswith("cn-shanghai") \
        else next(n for n in names if n != first_region)
    target_id = target.rsplit(" · ", 1)[-1]
    s.pick(region, target)

    def zones_follow():
        texts = column_texts(instances, zone)
        return texts and all(t.startswith(target_id) for t in texts)

    wait_until("the Instances pane to show %s" % target_id, zones_follow, 30)
    e.log("Instances now in %s: %d rows" % (target_id, table_rows(instances)))

    # Images and Spot prices follow the switcher too (they reload for the new region).
    s.open_pane("Spot prices")
    points = find(window, P.ROLE_TABLE, "Spot price points")
    spot_zone = column_index(points, "Zone")
    wait_until("spot points of %s" % target_id, lambda: table_rows(points) > 0 and all(
        t.startswith(target_id) for t in column_texts(points, spot_zone, 50)), 30)
    s.open_pane("Images")
    images = find(window, P.ROLE_TABLE, "Images")
    wait_until("images of %s" % target_id, lambda: table_rows(images) > 0, 30)
    s.screenshot()


if __name__ == "__main__":
    e.run(scenario)
