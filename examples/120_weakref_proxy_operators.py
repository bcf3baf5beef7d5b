# Operators on proxies are forwarded to the referent.
import weakref


class Vec(list):
    pass


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __radd__(self, other):
        return Num(other + self.v)

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Num) else other)

    def __repr__(self):
        return "Num(%d)" % self.v

    def __str__(self):
        return "num %d" % self.v

    __hash__ = None


v = Vec([3, 1, 2])
pv = weakref.proxy(v)
print("len:", len(pv))
print("in:", 1 in pv, 9 in pv)
print("iter:", list(pv))
print("index:", pv[0], pv[-1])
pv[0] = 30
print("setitem:", v)
del pv[1]
print("delitem:", v)
print("bool:", bool(pv))
print("str:", str(pv))
print("sorted:", sorted(pv))
print("+:", pv + [9])
pv += [7]
print("+=: ", v, type(pv).__name__)

e = Vec()
pe = weakref.proxy(e)
print("empty bool:", bool(pe), "not:", not pe)

n = Num(5)
pn = weakref.proxy(n)
print("add:", pn + 1)
print("radd:", 1 + pn)
print("lt:", pn < 10, pn < 2)
print("eq:", pn == 5, pn == Num(5))
print("str:", str(pn))
print("format:", "%s" % pn)

d = type("D", (dict,), {})(a=1)
pd = weakref.proxy(d)
print("dict keys:", list(pd.keys()), pd["a"], "a" in pd)
