class State:
    name = "state"
    duration = 0

    def next(self, event):
        raise NotImplementedError

    def __str__(self):
        return self.name.upper()


class Red(State):
    name = "red"
    duration = 30

    def next(self, event):
        return Green() if event == "timer" else self


class Green(State):
    name = "green"
    duration = 25

    def next(self, event):
        if event == "timer":
            return Yellow()
        if event == "pedestrian":
            return Yellow()
        return self


class Yellow(State):
    name = "yellow"
    duration = 5

    def next(self, event):
        return Red() if event == "timer" else self


class TrafficLight:
    def __init__(self):
        self.state = Red()
        self.elapsed = 0
        self.log = []

    def handle(self, event):
        old = self.state
        self.state = old.next(event)
        changed = type(old) is not type(self.state)
        self.log.append((event, str(old), str(self.state), changed))
        if changed:
            self.elapsed += old.duration


light = TrafficLight()
for ev in ["timer", "pedestrian", "timer", "noop", "timer", "timer", "pedestrian", "timer"]:
    light.handle(ev)
for ev, a, b, changed in light.log:
    marker = "->" if changed else "=="
    print(f"{ev:>11}: {a:<6} {marker} {b}")
print("elapsed", light.elapsed)

# table-driven vending machine
TRANSITIONS = {
    ("idle", "coin"): "paid",
    ("paid", "coin"): "paid",
    ("paid", "select"): "vending",
    ("vending", "done"): "idle",
    ("paid", "refund"): "idle",
}


def run(events):
    state, credit = "idle", 0
    for ev in events:
        key = (state, ev)
        if key not in TRANSITIONS:
            print(f"  ignored {ev!r} in {state}")
            continue
        if ev == "coin":
            credit += 25
        elif ev in ("refund", "done"):
            credit = 0
        state = TRANSITIONS[key]
        print(f"  {ev:<7}-> {state:<8} credit={credit}")
    return state


print(run(["select", "coin", "coin", "select", "coin", "done", "refund"]))
