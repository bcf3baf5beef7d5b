# tuple methods and bytes basics.
t = (1, 2, 3, 2)
print(t.index(2), t.index(2, 2), t.count(2), t.count(9), (1, 2) + (3,), (1, 2) * 2, 3 * (0,))
print(tuple.__add__((1,), (2,)), (1, 2).__mul__(2), (1, 2).__rmul__(2), (1, 2).__getitem__(-1))
print(tuple.__lt__((1,), [2]), (1, 2) < (1, 3), tuple.__le__((1,), (1,)), (1, 2).__contains__(2))
print((1, 2).__len__(), list((5, 6).__iter__()), (1, 2).__getnewargs__(), tuple.__hash__((1, 2)) == hash((1, 2)))
print(hash(()), hash((1,)), hash((1, 2, 3)), hash(((1, 2), -1)))
for bad in [lambda: t.index(7), lambda: (1,) + [2], lambda: tuple.__add__((1,), [2]),
            lambda: (1,).index(1, 'a'), lambda: (1, 2).__getitem__('a'), lambda: (1, 2)[5],
            lambda: ().count(), lambda: hash(([],))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(bytes(3), bytes([65, 66]), bytes('hé', 'utf-8'), bytes(b'x'), bytes(), bytes(range(3)))
print(b'abc'.hex(), b'abc'.hex(':'), bytes.fromhex('61 62ff'), b','.join([b'a', b'b']))
print(b'a b  c'.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b' x '.strip(), b'xxyxx'.strip(b'x'))
print(b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'c')), b'AbC'.upper(), b'AbC'.lower())
print(b'abcb'.find(b'b'), b'abcb'.find(99), b'abcb'.count(b'b'), b'abcb'.replace(b'b', b'X'), b'12'.isdigit())
print(b'abc'[1], b'abc'[-1], list(b'ab'), len(b'abc'), b'a' + b'b', 97 in b'abc', b'bc' in b'abc')
print(b'abc'.__getitem__(slice(0, 2)), b'ab'.__mul__(2), b'ab'.__add__(b'c'), b'a'.__eq__(b'a'), b'a'.__lt__(b'b'))
print(b'h\xc3\xa9'.decode(), b'\xff'.decode('utf-8', 'replace'), b'ab\xffcd'.decode('utf-8', 'ignore'))
print(b'\xe9'.decode('latin-1'), b'a\xff'.decode('utf-8', 'backslashreplace'), b'abc'.decode('ascii'))
for bad in [lambda: b'\xff'.decode(), lambda: b'\xe4\xb8'.decode(), lambda: b'\xe4\x41'.decode(),
            lambda: b'\xf0\x90\x41'.decode(), lambda: b'a\xe9'.decode('ascii'), lambda: bytes('x'),
            lambda: bytes([256]), lambda: bytes(-1), lambda: b'a'.decode('nope'), lambda: b'a'.index(b'z')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
