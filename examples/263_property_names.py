# A property's error messages name it once __set_name__ has: in a class
# body, through an explicit call, or when another class body adopts it.
class C:
    @property
    def a(self):
        return 1

    @a.deleter
    def a(self):
        print("deleting a")


C.p = property(lambda self: 2)
c = C()
for name in ("a", "p"):
    try:
        setattr(c, name, 3)
    except AttributeError as e:
        print("set:", e)
    try:
        delattr(c, name)
    except AttributeError as e:
        print("del:", e)

q = property(lambda self: 4)
print(q.__set_name__(C, "named"))
C.q = q
try:
    c.q = 5
except AttributeError as e:
    print(e)

# Copies made by getter/setter/deleter keep the name.
r = C.__dict__["a"].getter(lambda self: 6)
C.r = r
print(c.r)
try:
    c.r = 7
except AttributeError as e:
    print(e)


class D:
    adopted = C.__dict__["p"]


try:
    D().adopted = 8
except AttributeError as e:
    print(e)
try:
    c.p = 9
except AttributeError as e:
    print("after adoption:", e)

# The descriptor methods called directly say the same.
try:
    C.__dict__["a"].__set__(c, 10)
except AttributeError as e:
    print(e)
try:
    property().__delete__(c)
except AttributeError as e:
    print(e)
try:
    q.__set_name__(C)
except TypeError as e:
    print(e)

# weakref.finalize's properties are Python properties in CPython too.
import weakref


class Target:
    pass


t = Target()
fin = weakref.finalize(t, print, "finalized")
for attr in ("alive", "atexit"):
    try:
        delattr(fin, attr)
    except AttributeError as e:
        print(e)
try:
    fin.alive = False
except AttributeError as e:
    print(e)
print(weakref.finalize.alive.__doc__)
print(weakref.finalize.atexit.__doc__)
del t
