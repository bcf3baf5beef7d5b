# An interning cache: equal values share one canonical object while anyone
# uses it; the cache never keeps them alive.
import weakref


class Symbol:
    _table = weakref.WeakValueDictionary()
    created = 0

    def __new__(cls, name):
        sym = cls._table.get(name)
        if sym is None:
            sym = super().__new__(cls)
            sym.name = name
            cls._table[name] = sym
            Symbol.created += 1
        return sym

    def __repr__(self):
        return "Symbol(%r)" % self.name


a = Symbol("alpha")
b = Symbol("alpha")
c = Symbol("beta")
print("a is b:", a is b, "a is c:", a is c)
print("created:", Symbol.created)
print("table:", sorted(Symbol._table.keys()))
del a
print("after del a (b keeps it):", sorted(Symbol._table.keys()))
del b
print("after del b:", sorted(Symbol._table.keys()))
d = Symbol("alpha")
print("recreated, created:", Symbol.created, d)

symbols = [Symbol(n) for n in ["x", "y", "x", "z", "y", "x"]]
print("distinct objects:", len({id(s) for s in symbols}))
print("created:", Symbol.created)
print("table size:", len(Symbol._table))
symbols = symbols[:2]
print("table size after trim:", len(Symbol._table), sorted(Symbol._table))
del symbols, c, d
print("table empty:", len(Symbol._table))
