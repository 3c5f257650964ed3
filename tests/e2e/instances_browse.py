#!/usr/bin/python3
"""The Instances pane as a person browses it: the filter (Ctrl+F and `/`), sorting by a column,
the details panel of the selected instance, Escape clearing the filter."""
import ecs_e2e as e
from ecs_e2e import find, wait_until, table_rows, column_index, column_texts, cell, text_of


def scenario(s):
    window = s.launch()
    P = e.pyatspi
    s.open_pane("Instances")
    table = find(window, P.ROLE_TABLE, "Instances", 30)
    wait_until("instances loaded", lambda: table_rows(table) > 5, 45)
    total = table_rows(table)
    name_col = column_index(table, "Name")
    id_col = column_index(table, "Instance ID")
    cpu_col = column_index(table, "vCPU")
    e.log("%d instances" % total)
    filter_field = find(window, P.ROLE_TEXT, "Filter instances")

    # Ctrl+F from the table reaches the filter; typing narrows the rows.
    s.click(table.queryTable().getAccessibleAt(0, name_col))
    s.keys("ctrl+f")
    wait_until("Ctrl+F to focus the filter", lambda: e.has_state(filter_field, P.STATE_FOCUSED), 5)
    wanted_id = cell(table, 2, id_col)
    s.type_text(wanted_id)
    wait_until("the filter to keep only %s" % wanted_id,
               lambda: table_rows(table) == 1 and cell(table, 0, id_col) == wanted_id, 10)
    s.keys("ctrl+a", "BackSpace")
    wait_until("every row back", lambda: table_rows(table) == total, 10)

    # Sorting: a click on the vCPU header sorts ascending, a second click descending.

    def cpus():
        return [int(t) for t in column_texts(table, cpu_col, total)]

    def sorted_by_cpu(descending):
        values = cpus()
        return values == sorted(values, reverse=descending) and values[0] != values[-1] and values

    s.click_header(table, cpu_col)
    values = wait_until("rows sorted by vCPU, ascending", lambda: sorted_by_cpu(False), 10)
    e.log("vCPU ascending: %s … %s" % (values[:3], values[-3:]))
    s.click_header(table, cpu_col)
    values = wait_until("rows sorted by vCPU, descending", lambda: sorted_by_cpu(True), 10)
    e.log("vCPU descending: %s … %s" % (values[:3], values[-3:]))

    # The details panel follows the selected row.
    details = find(window, P.ROLE_TREE, "Instance details")
    for row in (1, 4):
        instance_id = cell(table, row, id_col)
        s.click(table.queryTable().getAccessibleAt(row, cpu_col))  # the column now on screen

        def shows_instance(instance_id=instance_id):
            t = details.queryTable()
            return any(cell(details, r, 1) == instance_id for r in range(min(t.nRows, 60)))

        wait_until("the details panel to show %s" % instance_id, shows_instance, 10)
        e.log("details show %s" % instance_id)

    # `/` reaches the filter too (the shortcut a person expects from other consoles).
    s.click(table.queryTable().getAccessibleAt(0, cpu_col))
    wait_until("the filter to lose focus", lambda: not e.has_state(filter_field, P.STATE_FOCUSED), 5)
    s.keys("slash")
    wait_until("`/` to focus the filter", lambda: e.has_state(filter_field, P.STATE_FOCUSED), 5)
    name = cell(table, 0, name_col)
    s.type_text(name)
    wait_until("the filter to read %r" % name, lambda: text_of(filter_field) == name, 5)
    wait_until("the filter to keep the rows named %s" % name, lambda: 0 < table_rows(table) < total
               and all(name in t for t in column_texts(table, name_col)), 10)
    # Escape in the filter clears it.
    s.keys("Escape")
    wait_until("Escape to clear the filter", lambda: text_of(filter_field) == "" and table_rows(table) == total, 5)
    s.screenshot()


if __name__ == "__main__":
    e.run(scenario)
