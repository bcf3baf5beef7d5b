# dict methods and views.
d = {'a': 1, 'b': 2, 'c': 3}
print(dict.fromkeys('xyz'), dict.fromkeys([1, 2], 0), {}.fromkeys([3]), dict.fromkeys(range(3), []))
print(d | {'d': 4}, {'z': 0} | d, dict.__or__(d, 1), dict.__ror__(d, {'q': 1}))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
e = dict(d)
e |= {'q': 9}
print(e)
e |= {'a': 100}
print(e, e.__ior__({'r': 0}) is e)
k = d.keys()
print('a' in k, 'z' in k, ('a', 1) in d.items(), ('a', 2) in d.items(), 3 in d.values(), len(k), list(k))
print(k & {'a', 'q'}, sorted(k | {'q'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), k.isdisjoint(['x']), k.isdisjoint('a'))
print(sorted({'a', 'q'} & k), sorted({'q'} | k), sorted({'a', 'q'} - k), sorted(['a', 'z'] - k))
n = {5: 'x', 1: 'y', 9: 'z'}
print(n.keys() & {1, 9, 7}, n.keys() | {2}, n.keys() - {1}, n.keys() ^ {1, 2}, {9, 2} & n.keys())
print(n.items() & {(5, 'x'), (1, 'q')}, sorted(n.items() | {(0, '')}))
print(d.keys().__eq__({'a', 'b', 'c'}), d.items().__eq__({('a', 1), ('b', 2), ('c', 3)}), d.values().__eq__(d.values()))
print(d.popitem(), d, dict.__hash__, d.__eq__({'a': 1, 'b': 2}), d.__eq__(1), d.__ne__({}))
print(d.setdefault('x', 5), d.setdefault('x', 6), d.pop('x'), d.pop('x', None), d.get('a'), d.get('zz', 0))
for bad in [lambda: dict.fromkeys(), lambda: dict.fromkeys(1, 2, 3), lambda: {}.popitem(),
            lambda: d | 1, lambda: {}['x'], lambda: d.pop('nope'), lambda: {[]: 1}]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class D(dict):
    pass
print(type(D.fromkeys([1])).__name__, D.fromkeys([1, 2], 'v'), D(a=1))
w = D(a=1)
w['self'] = w
print(w)
it = iter(d)
d['new'] = 1
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
