# Proxies to callables are CallableProxyType and can be called.
import weakref


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, times=1):
        return (x + self.n) * times


def greet(name, punct="!"):
    return "hello " + name + punct


a = Adder(10)
pa = weakref.proxy(a)
print("type:", type(pa).__name__)
print("is CallableProxyType:", type(pa) is weakref.CallableProxyType)
print("in ProxyTypes:", type(pa) in weakref.ProxyTypes)
print("call:", pa(5))
print("kwargs:", pa(1, times=3))
print("attr:", pa.n)
print("callable():", callable(pa))

pg = weakref.proxy(greet)
print(pg("world"))
print(pg("you", punct="?"))
print("name via proxy:", pg.__name__)


class Plain:
    pass


pp = weakref.proxy(Plain())
print("plain proxy type:", type(pp).__name__, type(pp) is weakref.ProxyType)
print("callable(plain proxy):", callable(pp))

del a
try:
    pa(1)
except ReferenceError as e:
    print("ReferenceError:", e)

# Proxy callbacks get the proxy object.
got = []
o = Adder(1)
px = weakref.proxy(o, lambda p: got.append(type(p).__name__))
del o
print("callback got:", got)
