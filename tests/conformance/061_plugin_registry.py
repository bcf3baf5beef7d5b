class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

    def run(self, text):
        raise NotImplementedError

    def __repr__(self):
        return f"<plugin {self.plugin_name} p={self.priority}>"


class Upper(Plugin, priority=5):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, name="rev", priority=1):
    def run(self, text):
        return text[::-1]


class Strip(Plugin, priority=10):
    def run(self, text):
        return text.strip()


class Exclaim(Upper, name="shout", priority=3):
    def run(self, text):
        return super().run(text) + "!"


def pipeline(text, names=None):
    chosen = [Plugin.registry[n]() for n in (names or Plugin.registry)]
    for p in sorted(chosen, key=lambda p: (-p.priority, p.plugin_name)):
        before = text
        text = p.run(text)
        print(f"  {p!r:<20} {before!r} -> {text!r}")
    return text


print(sorted(Plugin.registry))
print(pipeline("  hello plugins "))
print(pipeline(" abc ", ["rev", "strip"]))
try:
    pipeline("x", ["missing"])
except KeyError as e:
    print("KeyError:", e)


print(Exclaim.__mro__[1].__name__, Exclaim.plugin_name, Upper.plugin_name, issubclass(Exclaim, Plugin))
Dynamic = type("Dynamic", (Plugin,), {"run": lambda self, t: t * 2})
print(Plugin.registry["dynamic"]().run("ab"), Dynamic.__name__, Dynamic.priority)
