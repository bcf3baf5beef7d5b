# An event bus that stores bound-method callbacks as WeakMethods and prunes
# them automatically when their owners die.
import weakref


class EventBus:
    def __init__(self):
        self._handlers = {}
        self._next = 0

    def subscribe(self, method):
        token = self._next
        self._next += 1

        def on_dead(wm, token=token, bus=weakref.ref(self)):
            b = bus()
            if b is not None:
                print("  pruning handler", token)
                del b._handlers[token]

        self._handlers[token] = weakref.WeakMethod(method, on_dead)
        return token

    def publish(self, msg):
        for token in sorted(self._handlers):
            m = self._handlers[token]()
            if m is not None:
                m(msg)


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix

    def log(self, msg):
        print("  [%s] %s" % (self.prefix, msg))

    def shout(self, msg):
        print("  [%s] %s!" % (self.prefix, msg.upper()))


bus = EventBus()
info = Logger("info")
debug = Logger("debug")
bus.subscribe(info.log)
bus.subscribe(debug.log)
bus.subscribe(info.shout)
print("publishing hello")
bus.publish("hello")
print("dropping info")
del info
print("handlers left:", sorted(bus._handlers))
bus.publish("world")
print("dropping the bus first, then debug")
del bus
del debug
print("done")
