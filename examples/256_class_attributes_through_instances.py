# Reading class attributes through an instance: plain values, methods,
# class and static methods, non-data descriptors, __getattr__ fallbacks,
# instance dicts that shadow the class, and classes changed at run time.


class Lazy:
    """A non-data descriptor: the instance dict can shadow it."""

    def __get__(self, obj, cls):
        if obj is None:
            return self
        return "computed for " + type(obj).__name__


class Base:
    limit = 10
    tags = ("a", "b")
    lazy = Lazy()

    def method(self):
        return "method of " + type(self).__name__

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper(x):
        return x * 2


class Child(Base):
    def __getattr__(self, name):
        return "fallback " + name


def read_all(o):
    return (o.limit, o.tags, o.lazy, o.make(), o.helper(4), o.method())


b = Base()
c = Child()
print(read_all(b))
print(read_all(c))
print(c.missing, hasattr(b, "missing"))

# Bound methods are new objects each time, equal to each other.
m1, m2 = b.method, b.method
print(m1 is m2, m1 == m2, m1())

# The instance dict shadows plain values and non-data descriptors.
b.limit = 99
b.lazy = "stored"
print(b.limit, b.lazy, Base.limit)
del b.limit
print(b.limit)

# Changing the class is seen at once, also through subclasses.
Base.limit = 20
print(b.limit, c.limit)
del Base.limit
try:
    b.limit
except AttributeError as e:
    print("AttributeError:", e)
print(c.limit)
Base.lazy = 5
print(b.lazy, c.lazy)


# A class-level counter updated through the class, read through instances.
class Counter:
    created = 0

    def __init__(self):
        Counter.created += 1
        self.number = Counter.created

    def describe(self):
        return f"{self.number} of {self.created}"


cs = [Counter() for _ in range(3)]
print([x.describe() for x in cs])
