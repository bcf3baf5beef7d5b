class LazyConfig:
    defaults = {"host": "localhost", "port": 8080, "debug": False}

    def __init__(self, **overrides):
        self._overrides = overrides
        self._loaded = []

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name in self._overrides:
            value = self._overrides[name]
        elif name in self.defaults:
            value = self.defaults[name]
        else:
            raise AttributeError(f"no config key {name!r}")
        self._loaded.append(name)
        setattr(self, name, value)
        return value


class Recorder:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        if name in ("log", "_target", "__class__"):
            return object.__getattribute__(self, name)
        object.__getattribute__(self, "log").append(f"get {name}")
        return getattr(object.__getattribute__(self, "_target"), name)

    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        delattr(self._target, name)


class DefaultingDict(dict):
    def __missing__(self, key):
        value = self[key] = key.upper() if isinstance(key, str) else key * 2
        return value


class AttrDict(dict):
    __getattr__ = dict.__getitem__

    def __setattr__(self, k, v):
        self[k] = v


cfg = LazyConfig(port=9000)
print(cfg.port, cfg.host, cfg.port, cfg._loaded, "port" in vars(cfg))
try:
    cfg.timeout
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(cfg, "missing", "fallback"), hasattr(cfg, "debug"), cfg.debug)


class Thing:
    def __init__(self):
        self.a = 1


rec = Recorder(Thing())
rec.b = 2
print(rec.a + rec.b)
del rec.a
print(hasattr(rec, "a"), rec.log)
dd = DefaultingDict(x="given")
print(dd["x"], dd["y"], dd[21], dd, dd.get("zz"), "zz" in dd)
ad = AttrDict(name="wisp")
ad.version = 1
print(ad.name, ad.version, ad)
try:
    ad.nope
except KeyError as e:
    print("KeyError:", e)
obj = Thing()
for name, value in [("x", 1), ("y", [2]), ("a", 3)]:
    setattr(obj, name, value)
print(sorted(vars(obj).items()), getattr(obj, "y"), obj.__dict__ is vars(obj))
delattr(obj, "x")
print(sorted(obj.__dict__), [n for n in dir(obj) if not n.startswith("__")])
