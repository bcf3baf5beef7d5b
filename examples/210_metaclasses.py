class Registry(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", name.lower())
    def describe(cls):
        return f"{cls.__name__}:{cls.tag}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class Base(metaclass=Registry):
    pass

class Child(Base, tag="kid"):
    def hello(self):
        return "hi from " + type(self).__name__

print(sorted(Registry.registry))
print(Child.tag, Base.tag, Child.describe(), Child.upper_name)
print(type(Child) is Registry, isinstance(Child, type), type(Child).__name__)
print(Child().hello(), Child.__class__)
try:
    Child().describe()
except AttributeError as e:
    print("AttributeError:", e)
print(repr(Child), str(Base))

# __prepare__
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name, bases)
        d = {"injected": 42}
        return d
    def __new__(mcls, name, bases, ns):
        print("keys", [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, ns)

class P(metaclass=Ordered):
    b = 1
    a = 2
print(P.injected)

# metaclass __call__ singleton
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value=0):
        print("init", value)
        self.value = value

c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value)

# function as metaclass
def meta_fn(name, bases, ns):
    ns["made_by"] = "fn"
    return type(name, bases, ns)
class F(metaclass=meta_fn):
    pass
print(F.made_by, type(F))

# conflict
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)

# type() three-arg with metaclass inheritance
D = type("D", (A,), {"x": 1})
print(type(D).__name__, D.x)
D2 = M1("D2", (), {"y": 2})
print(type(D2).__name__, D2.y)

# __instancecheck__
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Quacker(metaclass=Duck):
    pass
class Q:
    def quack(self): pass
print(isinstance(Q(), Quacker), isinstance(1, Quacker))

# __getattr__ on metaclass, __len__/__iter__ on class
class EnumMeta(type):
    def __iter__(cls):
        return iter(k for k in cls.__dict__ if not k.startswith("_"))
    def __len__(cls):
        return sum(1 for _ in cls)
    def __getattr__(cls, name):
        return f"missing {name}"
    def __contains__(cls, item):
        return item in list(cls)
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
print(list(Color), len(Color), Color.BLUE, "RED" in Color)

# __init_subclass__ with metaclass
class Plugin(metaclass=Registry):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class Sub(Plugin):
    pass

# super in classmethod still works
class K:
    @classmethod
    def make(cls):
        return cls.__name__
class K2(K):
    @classmethod
    def make(cls):
        return "K2+" + super().make()
print(K2.make())
print(Registry.__mro__)
