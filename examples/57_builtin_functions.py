# Built-in functions: argument handling and error texts.
print(min([3, 1, 2]), max(3, 1, 2), min([], default=5), max(['a', 'bb'], key=len), min(3, 1, key=lambda x: -x))
print(max([1, 1.0]), min([1.0, 1]), max('abc'), min((2, 'b'), (2, 'a')), max([[1], [1, 0]]))
for bad in [lambda: min([]), lambda: max(), lambda: min(1, 2, default=3), lambda: max(1),
            lambda: min([1, 'a']), lambda: max([], key=len), lambda: min(1, 2, foo=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=10), sum([1.5, 2], 1), sum(()))
for bad in [lambda: sum(['a', 'b'], ''), lambda: sum([1, 'a']), lambda: sum(1), lambda: sum([b'a'], b'')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([3, 1, 2], reverse=True), sorted('bca'), sorted({3: 1, 1: 2}), sorted([(1, 'b'), (1, 'a')], key=lambda p: p[0]))
print(round(2.5), round(-0.5), round(1.25, 1), round(15, -1), round(25, -1), round(True), type(round(2.5, 0)).__name__)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3, 5), pow(2, 100, 10 ** 9 + 7))
class I:
    def __index__(self):
        return 10
print(hex(255), oct(8), bin(5), hex(-255), hex(I()), bin(I()), oct(-0), hex(2 ** 70))
for bad in [lambda: hex(1.5), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: divmod(1, 0),
            lambda: divmod(1.0, 0.0), lambda: round('x'), lambda: round(1.5, 'a')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(callable(len), callable(1), callable(I), callable(I()), ascii('héllo'), ascii([1, 'ü']), format(3.5), format('x'))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: 1, 1)), list(iter(lambda: next(vals), 0)))
print(list(zip([1, 2], 'ab')), list(zip()), list(enumerate('ab', start=5)), list(enumerate('ab', 1)))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(filter(None, [0, 1, '', 'a'])), list(zip('ab', 'cd', strict=True)))
for bad in [lambda: list(zip([1, 2], [1], strict=True)), lambda: list(zip([1], [1, 2], strict=True)),
            lambda: list(zip([1], [1], [1, 2], strict=True)), lambda: next(iter([]))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class R:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(R())), list(reversed(range(3))), list(reversed((1, 2))), list(reversed('ab')))
print(any([]), all([]), any([0, 1]), all([1, 0]), any(x > 2 for x in [1, 5]))
print(isinstance(1, (str, (int, float))), isinstance(True, int), issubclass(bool, (str, int)), isinstance([], list))
for bad in [lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, 1),
            lambda: getattr(1, 'x'), lambda: reversed(1), lambda: iter(1), lambda: next(1),
            lambda: len(1), lambda: hash([])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class G:
    def __getattr__(self, n):
        raise KeyError(n)
try:
    print(getattr(G(), 'x', 5))
except KeyError as e:
    print('KeyError', e)
print(getattr(1, 'real', 0), getattr(1, 'nope', 0))
print(hash(1.0) == hash(1), hash(-1), hash(2 ** 61), hash(1.5), type(id(1)).__name__)
print(dir(I)[:3], sorted(vars(I()).items()), 'real' in dir(1), 'append' in dir([]))
