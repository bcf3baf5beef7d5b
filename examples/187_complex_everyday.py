# complex values in everyday code: strings with underscores and Unicode digits, copying, sets, dicts, operator and functools.
import copy
z = 3+4j
print(copy.copy(z) == z, copy.deepcopy([z, (z,)]), {1j, 1j, 2j} == {2j, 1j}, {1+0j: 'a', 1: 'b'})
print(list(map(abs, [3+4j, -5j])), sum([1j] * 3), min([3, 4.5], key=lambda x: abs(x * 1j)))
import functools, operator
print(functools.reduce(operator.mul, [1j, 1j, 1j]), operator.neg(1j), operator.truediv(1, 2j))
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + o)
    def __radd__(self, o): return N(o + self.v)
    def __repr__(self): return f"N({self.v})"
print(N(1j) + 1, 2j + N(1))

class C(complex): pass
class F(float): pass
class I(int): pass
class S(str): pass
class T(tuple): pass
for v in [C(1, 2), F(2.5), I(7), S("hi"), T((1, [2]))]:
    v.tag = "t"
    a, b = copy.copy(v), copy.deepcopy(v)
    print(type(a).__name__, a, a.tag, type(b).__name__, b, b.tag)
for s in ["1_0+2_5j", "\u0661+\u0662j", "１j", "1__0j", "_1j", "1_j", "1+", "()"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "->", e)
