# operator and copy
import operator
from operator import itemgetter, attrgetter, methodcaller
import copy

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 8), operator.neg(5), operator.pos(-5))
print(operator.eq(1, 1), operator.ne(1, 1), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.abs(-3))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.index(7), operator.index(True), operator.length_hint([1, 2, 3]), operator.length_hint(object(), 9))
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
lst = [1, 2, 3]
operator.setitem(lst, 0, "x")
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.getitem("hello", slice(1, 3)))
acc = [1]
print(operator.iadd(acc, [2]), acc, operator.iadd(1, 2))

print(itemgetter(1)([10, 20, 30]), itemgetter(0, 2)("abc"), itemgetter("k")({"k": "v"}))
rows = [("bob", 25, "b"), ("ann", 31, "a"), ("cid", 25, "c")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(1), itemgetter(0, "a"))

class Person:
    def __init__(self, name, age, city):
        self.name, self.age = name, age
        self.addr = Address(city)
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
class Address:
    def __init__(self, city):
        self.city = city

people = [Person("ann", 31, "Oslo"), Person("bob", 25, "Rome")]
print(attrgetter("name")(people[0]), attrgetter("name", "age")(people[1]), attrgetter("addr.city")(people[0]))
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("addr.city", "name"))
print(methodcaller("greet", "Hello")(people[0]), methodcaller("greet", "Hi", punct="?")(people[1]))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("greet", "x", punct="."))
try:
    attrgetter("nope")(people[0])
except AttributeError as e:
    print("AttributeError:", e)
import functools
print(functools.reduce(operator.mul, range(1, 6)), list(map(operator.add, [1, 2], [10, 20])))

# copy
nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(5)
print(shallow, deep, shallow[1] is nested[1], deep[1] is nested[1])
d = {"a": [1], "b": (2, [3])}
dc = copy.deepcopy(d)
d["a"].append(2)
d["b"][1].append(4)
print(d, dc)
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(frozenset([1])))
print(copy.copy(5), copy.copy("s"), copy.copy(None), copy.deepcopy(len) is len, copy.copy(int) is int)

# cycles and shared references
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, len(b))
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = {}
cyc["self"] = cyc
cc = copy.deepcopy(cyc)
print(cc["self"] is cc, cc is not cyc)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = []
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"
p = Point(1, 2)
p.tags.append("a")
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("b")
p.x = 100
print(p, p2, p3, type(p3).__name__, p2.tags is p.tags, p3.tags is p.tags)

class Tracked:
    def __init__(self, v):
        print("init called", v)
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))
tr = Tracked([1])
print(copy.copy(tr).v, copy.deepcopy(tr).v is tr.v)
print(copy.deepcopy([tr, tr])[0].v)

class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
n1, n2 = Node(1), Node(2)
n1.next, n2.next = n2, n1
m1 = copy.deepcopy(n1)
print(m1.val, m1.next.val, m1.next.next is m1, m1 is not n1)

class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "big"
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state
    def __setstate__(self, state):
        print("setstate", sorted(state))
        for key, value in state.items():
            setattr(self, key, value)
        self.cache = None
ws = copy.deepcopy(WithState())
print(ws.data, ws.cache)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, "b"))

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.attr = "x"
mc = copy.deepcopy(ml)
print(type(mc).__name__, list(mc), mc.attr, mc[1] is ml[1])
