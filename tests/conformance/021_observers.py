import weakref


class EventBus:
    def __init__(self):
        self._subs = {}

    def subscribe(self, event, handler):
        self._subs.setdefault(event, []).append(handler)
        return lambda: self._subs[event].remove(handler)

    def publish(self, event, **payload):
        handlers = list(self._subs.get(event, []))
        print(f"publish {event} {sorted(payload.items())} -> {len(handlers)} handler(s)")
        results = []
        for h in handlers:
            try:
                results.append(h(**payload))
            except Exception as e:
                results.append(f"{type(e).__name__}: {e}")
        return results


class WeakBus:
    """Observers are held weakly: a dead observer silently drops out."""

    def __init__(self):
        self._observers = weakref.WeakSet()

    def attach(self, obs):
        self._observers.add(obs)

    def notify(self, msg):
        for obs in sorted(self._observers, key=lambda o: o.name):
            obs.update(msg)

    def __len__(self):
        return len(self._observers)


class Listener:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def update(self, msg):
        self.seen.append(msg)
        print(f"  {self.name} got {msg!r}")

    def __del__(self):
        print(f"  {self.name} collected")


bus = EventBus()
log = []
unsub = bus.subscribe("order", lambda id, total: log.append((id, total)) or f"logged {id}")
bus.subscribe("order", lambda id, total: f"{id}: {total:.2f}")
bus.subscribe("order", lambda id, total: 1 / 0 if total > 100 else "ok")
print(bus.publish("order", id="A1", total=12.5))
print(bus.publish("order", id="A2", total=250))
unsub()
print(bus.publish("order", id="A3", total=5))
print(bus.publish("refund", id="A1"))
print(log)

wb = WeakBus()
a, b, c = Listener("a"), Listener("b"), Listener("c")
for obs in (c, a, b):
    wb.attach(obs)
del obs
wb.notify("first")
print("observers:", len(wb))
del b
print("observers:", len(wb))
wb.notify("second")
a_ref = weakref.ref(a)
finalizer = weakref.finalize(c, print, "  finalize c")
print(a_ref() is a, finalizer.alive)
del a, c
print(a_ref(), finalizer.alive, len(wb))
