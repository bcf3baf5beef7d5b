# property with decorators, user descriptors, classmethod and staticmethod.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        """The temperature in degrees Celsius."""
        print("get celsius")
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        del self._celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

t = Temperature(20)
print(t.celsius)
t.celsius = 25
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 100
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_celsius"))
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)

# property() called directly.
class Box:
    def __init__(self):
        self._v = 0
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v * 2
    v = property(get_v, set_v, None, "doubled value")

b = Box()
b.v = 21
print(b.v, Box.v.__doc__)

# A data descriptor takes precedence over the instance dict.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Person.name, Typed))
del p.age
print(hasattr(p, "_age"))

# A non-data descriptor is shadowed by the instance dict.
class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        setattr(obj, self.func.__name__, value)
        print("computed", self.func.__name__)
        return value

class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        return 3 * self.r * self.r

c = Circle(2)
print(c.area)
print(c.area)

# classmethod and staticmethod.
class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1

    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]

    @classmethod
    def how_many(cls):
        return cls.count

    @staticmethod
    def describe(x):
        return f"counter says {x}"

class SubCounter(Counter):
    pass

Counter.make(2)
print(Counter.how_many(), Counter().how_many())
print(type(SubCounter.make(1)[0]).__name__)
print(Counter.describe(1), Counter().describe(2))
print(type(Counter.__dict__["make"]).__name__, type(Counter.__dict__["describe"]).__name__)

# Descriptor on the class itself (obj is None).
class Meta:
    def __get__(self, obj, objtype):
        return f"accessed on {objtype.__name__} via {'instance' if obj is not None else 'class'}"

class Host:
    info = Meta()

print(Host.info)
print(Host().info)

# Methods are descriptors too.
class M:
    def f(self):
        return "f called"

m = M()
bound = M.__dict__["f"].__get__(m, M)
print(bound())
print(M.f(m))
print(m.f.__self__ is m, m.f.__func__ is M.f)
