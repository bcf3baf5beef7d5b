# An observable that keeps its observers in a WeakSet: observers that are no
# longer used elsewhere silently stop receiving events.
import weakref


class Subject:
    def __init__(self):
        self._observers = weakref.WeakSet()

    def attach(self, obs):
        self._observers.add(obs)

    def notify(self, event):
        for obs in sorted(self._observers, key=lambda o: o.name):
            obs.update(event)

    def count(self):
        return len(self._observers)


class Observer:
    def __init__(self, name):
        self.name = name
        self.events = []

    def update(self, event):
        self.events.append(event)
        print("  %s got %s" % (self.name, event))

    def __del__(self):
        print("  observer %s freed" % self.name)


subject = Subject()
a, b, c = Observer("a"), Observer("b"), Observer("c")
for o in (a, b, c):
    subject.attach(o)
del o
print("observers:", subject.count())
subject.notify("start")
del b
print("observers:", subject.count())
subject.notify("middle")
temp = Observer("temp")
subject.attach(temp)
subject.notify("temp joined")
temp = None
subject.notify("end")
print("a saw:", a.events)
print("c saw:", c.events)
del a, c
print("observers at the end:", subject.count())
