# RecursionError says where the limit was hit, in CPython's words.
import sys
sys.setrecursionlimit(200)
def attempt(label, fn):
    try:
        fn()
    except RecursionError as e:
        print(label, "->", e)

def plain(): return plain()
attempt("plain", plain)

class M(type):
    def __call__(cls, *a): return cls()
class A(metaclass=M): pass
attempt("metaclass call", A)

class E:
    def __eq__(self, o): return self == o
attempt("eq", lambda: E() == E())
class L:
    def __lt__(self, o): return self < o
attempt("lt", lambda: L() < L())
class R:
    def __repr__(self): return repr(self)
attempt("repr", lambda: repr(R()))
class S:
    def __str__(self): return str(self)
attempt("str", lambda: str(S()))
class Ln:
    def __len__(self): return len(self)
attempt("len", lambda: len(Ln()))
class H:
    def __hash__(self): return hash(self)
attempt("hash", lambda: hash(H()))
class G:
    def __getattr__(self, n): return getattr(self, n)
attempt("getattr", lambda: G().x)
class P:
    @property
    def p(self): return self.p
attempt("property", lambda: P().p)
class I:
    def __init__(self): I()
attempt("init", I)
def m(x): return list(map(m, [x]))
attempt("map", lambda: m(1))
def s(x): return sorted([x, x], key=s)
attempt("sorted key", lambda: s(1))
class GI:
    def __getitem__(self, i): return self[i]
attempt("getitem", lambda: GI()[0])
class B:
    def __bool__(self): return bool(self)
attempt("bool", lambda: bool(B()))
class Ad:
    def __add__(self, o): return self + o
attempt("add", lambda: Ad() + 1)
class It:
    def __iter__(self): return iter(self)
attempt("iter", lambda: iter(It()))
class C:
    def __call__(self): return self()
attempt("call", C())
l = []
for i in range(300): l = [l]
attempt("nested list repr", lambda: repr(l))
attempt("nested list eq", lambda: l == l[:] )
def viaexec(): exec("viaexec()")
attempt("exec", viaexec)
a = []; b = []
for i in range(300): a = [a]; b = [b]
attempt("nested eq", lambda: a == b)
attempt("nested lt", lambda: a < b)
t = ()
for i in range(300): t = (t,)
attempt("nested tuple hash", lambda: hash(t))
attempt("nested tuple repr", lambda: repr(t))
d = {}
for i in range(300): d = {"k": d}
attempt("nested dict repr", lambda: repr(d))
attempt("nested dict eq", lambda: d == {"k": d["k"].copy()})
attempt("str of list", lambda: str(a))
# The limit is restored and ordinary recursion works again afterwards.
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(150))
