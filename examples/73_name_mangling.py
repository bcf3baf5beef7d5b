# Private name mangling inside class bodies.
class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1

    def __secret(self):
        return "secret of " + self.__owner

    def reveal(self):
        return self.__secret()

    @classmethod
    def count(cls):
        return cls.__count

a = Account("ann")
b = Account("bob")
print(a.reveal(), Account.count())
print(sorted(k for k in vars(a)))
print(a._Account__owner, Account._Account__count)
print(hasattr(a, "__owner"), hasattr(Account, "__secret"))
try:
    a.__secret()
except AttributeError as e:
    print("AttributeError:", e)

# Mangled names are unaffected outside classes, and dunders are never mangled.
__module_level = "module level"
class Reader:
    def read(self):
        return __module_level_missing if False else "ok"

    def __len__(self):
        return 3

print(Reader().read(), len(Reader()))

# Subclasses get their own mangled names.
class Base:
    def __init__(self):
        self.__x = "base"

    def base_x(self):
        return self.__x

class Child(Base):
    def __init__(self):
        super().__init__()
        self.__x = "child"

    def child_x(self):
        return self.__x

c = Child()
print(c.base_x(), c.child_x(), sorted(vars(c)))

# Leading underscores of the class name are stripped.
class _Private:
    def __init__(self):
        self.__v = 1

class ___:
    def __init__(self):
        self.__v = 2

print(list(vars(_Private())), list(vars(___())))

# Function and class names keep their unmangled __name__.
class Outer:
    def __helper(self):
        pass

    class __Inner:
        pass

print(Outer._Outer__helper.__name__, Outer._Outer__helper.__qualname__)
print(Outer._Outer__Inner.__name__, Outer._Outer__Inner.__qualname__)

# Parameters, globals and nested functions are mangled too.
class Params:
    def method(self, __p=5):
        return __p

    def nested(self):
        def inner():
            return self.__hidden
        self.__hidden = "from nested"
        return inner()

print(Params().method(), Params().nested())
print(Params.method.__defaults__)

# Keyword arguments in calls are not mangled.
class Kw:
    def call(self):
        return dict(__a=1)

print(Kw().call())

# getattr with a string is not mangled.
class G:
    def __init__(self):
        self.__g = "g"

g = G()
print(getattr(g, "_G__g"), getattr(g, "__g", "missing"))
