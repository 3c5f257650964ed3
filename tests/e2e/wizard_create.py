#!/usr/bin/python3
"""Create instances through the wizard, clicking Next page by page, as a person does:
pay-as-you-go x2 (named, tagged), subscription with auto-renew, preemptible with a limit below the
market (refused, the message shown, every input kept), then the limit raised (created). The new
rows appear in the Instances pane and turn Running."""
import re

import ecs_e2e as e
from ecs_e2e import find, wait_until, table_rows, column_index, column_texts, cell, text_of

PAGE_TITLES = ["Where", "Instance type", "Image", "Network", "Billing", "Disks", "Name and count",
               "Review"]


class Wizard:
    def __init__(self, s, by_menu):
        self.s = s
        self.P = e.pyatspi
        if by_menu:
            s.menu("Instances", "Create instance…")
        else:
            s.keys("ctrl+n")  # the shortcut the menu shows
        self.w = s.dialog("Create instances")

    def page(self):
        """The title of the page on screen (the wizard's header label)."""
        labels = e.find_all(self.w, self.P.ROLE_LABEL, lambda n: n in PAGE_TITLES)
        return e.name_of(labels[0]) if labels else None

    def wait_page(self, title, timeout=10):
        wait_until("the wizard's %r page" % title, lambda: self.page() == title, timeout)
        e.log("wizard page: %s" % title)

    def button(self, name):
        return find(self.w, self.P.ROLE_PUSH_BUTTON, name, 5)

    def next(self, expected, timeout=20):
        """Clicks Next once it is enabled (pages load asynchronously); fails on this page if not."""
        here = self.page()
        nxt = self.button("Next >")
        try:
            wait_until("Next to become enabled", lambda: e.is_enabled(nxt), timeout)
        except e.ScenarioFailed:
            self.s.screenshot("stuck-on-%s" % (here or "unknown").lower().replace(" ", "-"))
            raise e.ScenarioFailed(
                "the wizard cannot leave its %r page: Next stays disabled for %.0f s with every "
                "field filled in (chosen: %s; page says: %s)" % (here, timeout, self.choices(),
                                                                self.status_texts()))
        e.press(nxt, "Next > (on %s)" % here)
        self.wait_page(expected)

    def back(self, expected):
        e.press(self.button("< Back"), "< Back")
        self.wait_page(expected)

    def status_texts(self):
        """The page's own messages (not the side summary, not the form labels)."""
        texts = [e.spoken(l) for l in e.find_all(self.w, self.P.ROLE_LABEL)]
        texts = [t for t in texts if t and t not in PAGE_TITLES
                 and not t.startswith("What will be created") and not t.endswith(":")]
        return "; ".join(t for t in texts if len(t) > 3)[:800]

    def choices(self):
        """What the page shows as chosen: each combo box by its label, and its current text."""
        out = []
        for combo in e.find_all(self.w, self.P.ROLE_COMBO_BOX):
            out.append("%s=%r" % ("/".join(e.labels_of(combo)) or "?", e.name_of(combo)))
        return ", ".join(out)

    def combo(self, label):
        return self.s.combo(self.w, label, 10)

    def choose_first_row(self, tree_name, filter_text=None, filter_hint=None):
        tree = find(self.w, self.P.ROLE_TREE, tree_name, 10)
        if filter_text:
            # The search field is found by its name, or by the hint it shows (placeholder).
            field = wait_until("the search field", lambda: next(iter(e.find_all(
                self.w, self.P.ROLE_TEXT, predicate=lambda a: filter_hint.search(
                    e.name_of(a) + " " + e.description_of(a)))), None), 5)
            self.s.type_into(field, filter_text)
        wait_until("rows in %s" % tree_name, lambda: table_rows(tree) > 0, 30)
        first = tree.queryTable().getAccessibleAt(0, 0)
        self.s.click(first)
        wait_until("%s row 1 to be selected" % tree_name,
                   lambda: e.has_state(tree.queryTable().getAccessibleAt(0, 0), self.P.STATE_SELECTED), 5)
        return text_of(tree.queryTable().getAccessibleAt(0, 0))

    def location(self, billing):
        self.wait_page("Where")
        zone = self.combo("Zone")
        wait_until("zones to load", lambda: len(self.s.combo_items(zone)) > 0, 30)
        self.s.pick(self.combo("Billing"), billing)
        self.zone = self.s.combo_text(zone)
        e.log("zone %s, billing %s" % (self.zone, billing))

    def spin(self, label):
        return self.s.field(self.w, label, (self.P.ROLE_SPIN_BUTTON,), 5)

    def set_spin(self, name, value):
        spin = self.spin(name)
        self.s.focus(spin)
        self.s.keys("ctrl+a")
        self.s.type_text(str(value))
        self.s.keys("Tab")
        wait_until("%s to be %s" % (name, value),
                   lambda: abs(spin.queryValue().currentValue - float(value)) < 1e-9, 5)

    def check(self, name, on=True):
        box = find(self.w, self.P.ROLE_CHECK_BOX, name, 5)
        if e.has_state(box, self.P.STATE_CHECKED) != on:
            e.press(box, name)
            wait_until("%s to be %s" % (name, "ticked" if on else "clear"),
                       lambda: e.has_state(box, self.P.STATE_CHECKED) == on, 5)


def create(s, billing, name, tags, count=1, on_billing_page=None, by_menu=False):
    """Walks every page of the wizard for one submission and leaves it on the Review page."""
    w = Wizard(s, by_menu)
    w.location(billing)
    w.next("Instance type")
    instance_type = w.choose_first_row("Instance types")
    e.log("type %s" % instance_type)
    w.next("Image")
    image = w.choose_first_row("Images", "ubuntu", re.compile("(?i)search images"))
    e.log("image %s" % image)
    w.next("Network")
    vswitch = w.combo("vSwitch")
    wait_until("vSwitches to load", lambda: len(s.combo_items(vswitch)) > 0, 30)
    group = w.combo("Security group")
    wait_until("security groups to load", lambda: len(s.combo_items(group)) > 0, 30)
    e.log("network: %s / %s" % (s.combo_text(vswitch), s.combo_text(group)))
    s.screenshot("network-%s" % name)
    if billing == "Pay-as-you-go":
        w.next("Disks")
    else:
        w.next("Billing")
        on_billing_page(w)
        w.next("Disks")
    w.next("Name and count")
    s.type_into(s.field(w.w, "Name"), name)
    if count != 1:
        w.set_spin("Count", count)
    s.type_into(s.field(w.w, "Tags"), tags)
    w.next("Review")
    s.screenshot("review-%s" % name)
    return w


def verdict(s, w, passed=True):
    """The dry run's verdict, as the Review page tells it to the accessibility tree."""
    wanted = r"Dry run passed[^\n;]*" if passed else r"Dry run[^\n;]*"
    found = s.expect("the Review page to tell its dry-run verdict (%s) through the accessibility "
                     "tree" % ("passed" if passed else "any"),
                     lambda: re.search(wanted, w.status_texts()), 10)
    e.log("review says: %s" % (found.group(0) if found else "(nothing readable)"))
    return found


def submit(s, w, name):
    verdict(s, w)
    e.press(w.button("Create"), "Create (%s)" % name)
    s.no_dialog("Create instances", 30)
    title = re.compile(r"^Create (\d+ × )?%s$" % re.escape(name))
    row = wait_until("the Operations dock to list the create of %s" % name, lambda: next(
        (r for r in s.operation_rows(s.operations()) if title.search(r.get("Operation", ""))), None), 10)
    e.log("operation %r: %s" % (row.get("Operation"), row.get("State")))
    return title


def scenario(s):
    window = s.launch()
    P = e.pyatspi
    s.open_pane("Instances")
    table = find(window, P.ROLE_TABLE, "Instances", 30)
    wait_until("instances loaded", lambda: table_rows(table) > 0, 45)

    creates = []
    w = create(s, "Pay-as-you-go", "e2e-payg", "env=e2e, team=qa", count=2, by_menu=True)
    creates.append(submit(s, w, "e2e-payg"))

    def subscription(w):
        w.set_spin("Subscription period", 1)
        w.check("Renew automatically")
    w = create(s, "Subscription", "e2e-sub", "env=e2e", on_billing_page=subscription)
    creates.append(submit(s, w, "e2e-sub"))

    market = {}

    def spot_low(w):
        radio = find(w.w, P.ROLE_RADIO_BUTTON, "Set a price limit per hour", 5)
        e.press(radio, "Set a price limit per hour")
        said = wait_until("the market price", lambda: next(
            (e.spoken(l) for l in e.find_all(w.w, P.ROLE_LABEL)
             if re.search(r"Market price now", e.spoken(l))), None), 30)
        price = float(re.search(r"Market price now: \$([0-9.]+)", said).group(1))
        market["price"] = price
        low = max(0.001, round(price / 2, 3))
        market["low"] = low
        e.log("market %.3f; limit %.3f" % (price, low))
        w.set_spin("Price limit per hour", low)

    w = create(s, "Preemptible (spot, pay-as-you-go)", "e2e-spot", "env=e2e, kind=spot",
               on_billing_page=spot_low)
    verdict(s, w, passed=False)
    create_button = w.button("Create")
    if e.is_enabled(create_button):
        e.press(create_button, "Create (limit below the market)")
    # Refused: the wizard stays open and says why.
    s.expect("the wizard to say the limit is below the market price", lambda: re.search(
        r"(?i)LowerThanPublicPrice|lower than|below", w.status_texts()), 15)
    e.log("wizard says: %s" % w.status_texts()[:300])
    if not e.is_showing(w.w):
        raise e.ScenarioFailed("the wizard closed although the service refused the request")
    if e.is_enabled(create_button):
        # Submitted and refused: the Operations dock tells it too, in the service's words.
        refused = s.expect("the Operations dock to show the refused create", lambda: next(
            (r for r in s.operation_rows(s.operations()) if r.get("Operation") == "Create e2e-spot"
             and r.get("State") == "Failed"), None), 15)
        if refused:
            e.log("dock: %s: %s" % (refused.get("State"), refused.get("Detail")))
    s.screenshot("spot-refused")
    # Every input is kept: the name and tags are still there, the limit too.
    w.back("Name and count")
    wait_until("the name kept", lambda: text_of(s.field(w.w, "Name")) == "e2e-spot", 5)
    wait_until("the tags kept", lambda: text_of(s.field(w.w, "Tags")) == "env=e2e, kind=spot", 5)
    w.back("Disks")
    w.back("Billing")
    if not e.has_state(find(w.w, P.ROLE_RADIO_BUTTON, "Set a price limit per hour", 5), P.STATE_CHECKED):
        s.problem("the wizard forgot the choice 'Set a price limit per hour'")
    limit = w.spin("Price limit per hour")
    wait_until("the limit kept", lambda: abs(limit.queryValue().currentValue - market["low"]) < 1e-9, 5)
    raised = round(market["price"] * 1.5 + 0.001, 3)
    w.set_spin("Price limit per hour", raised)
    w.next("Disks")
    w.next("Name and count")
    w.next("Review")
    creates.append(submit(s, w, "e2e-spot"))

    # Each create is done (its instances reached Running), as the Operations dock tells.
    for title in creates:
        s.wait_operation(s.operations(), title, 90)
    # The new rows are in the Instances pane and turn Running.
    name_col = column_index(table, "Name")
    status_col = column_index(table, "Status")

    def new_rows():
        out = {}
        t = table.queryTable()
        for r in range(t.nRows):
            n = cell(table, r, name_col)
            if n.startswith("e2e-"):
                out.setdefault(n, []).append(cell(table, r, status_col))
        return out

    wait_until("the four new rows", lambda: sum(len(v) for v in new_rows().values()) == 4
               and set(new_rows()) == {"e2e-payg", "e2e-sub", "e2e-spot"}, 30)
    e.log("new rows: %s" % new_rows())
    wait_until("the new instances to be Running",
               lambda: all(st == "Running" for v in new_rows().values() for st in v), 90)
    e.log("new rows: %s" % new_rows())
    s.screenshot()


if __name__ == "__main__":
    e.run(scenario)
