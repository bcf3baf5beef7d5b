# Built-in methods of str, bytes, set, frozenset, int, float, complex,
# range and slice called with a wrong number of positional arguments: the
# TypeError words the count as CPython's calling convention for that method
# does, never counting self (list, tuple and dict are in 268).


def show(obj, name, counts):
    f = getattr(obj, name)
    for n in counts:
        try:
            f(*range(n))
        except TypeError as e:
            print(f"{type(obj).__name__}.{name} with {n}: {e}")
        else:
            print(f"{type(obj).__name__}.{name} with {n}: no error")


def table(obj, rows):
    for names, counts in rows:
        for name in names.split():
            show(obj, name, counts)


# METH_NOARGS / METH_O
table("", [
    ("upper lower casefold swapcase title capitalize isdigit isdecimal", (1, 2)),
    ("isnumeric isalpha isalnum isspace isupper islower istitle", (1,)),
    ("isidentifier isascii isprintable __getnewargs__", (3,)),
    ("join zfill translate partition rpartition removeprefix removesuffix", (0, 2)),
])
# Argument Clinic, PyArg_ParseTuple, keyword parser
table("", [
    ("center ljust rjust", (0, 3)),
    ("replace", (0, 1, 4)),
    ("strip lstrip rstrip", (2,)),
    ("startswith endswith find rfind index rindex count", (0, 4)),
    ("split rsplit encode", (3,)),
    ("splitlines expandtabs", (2,)),
])
show(str, "maketrans", (0, 4))
# slot wrappers
table("", [
    ("__len__ __iter__ __hash__", (1, 2)),
    ("__getitem__ __contains__ __add__ __eq__ __ne__ __lt__ __ge__", (0, 2)),
    ("__mul__ __rmul__", (0, 2)),
])

table(b"", [
    ("upper lower isdigit isalpha isalnum isspace", (1,)),
    ("join", (0, 2)),
    ("replace", (1, 4)),
    ("strip lstrip rstrip", (2,)),
    ("startswith endswith find index count", (0, 4)),
    ("split decode hex", (3,)),
    ("__len__ __iter__ __hash__", (1,)),
    ("__getitem__ __contains__ __add__ __eq__ __gt__", (0, 2)),
    ("__mul__ __rmul__", (0,)),
])
show(bytes, "fromhex", (0, 2))

for s in (set(), frozenset()):
    table(s, [
        ("copy __len__ __iter__", (1,)),
        ("isdisjoint issubset issuperset symmetric_difference __contains__", (0, 2)),
        ("__or__ __and__ __sub__ __xor__ __ror__ __eq__ __le__ __gt__", (0, 2)),
    ])
table(set(), [
    ("pop clear", (1,)),
    ("add remove discard symmetric_difference_update", (0, 2)),
    ("__ior__ __iand__ __isub__ __ixor__", (0,)),
])
show(frozenset(), "__hash__", (1,))

table(5, [
    ("bit_length bit_count as_integer_ratio conjugate __trunc__", (1,)),
    ("__floor__ __ceil__ __getnewargs__", (2,)),
    ("__format__", (0, 2)),
    ("__index__ __int__ __float__ __pos__ __neg__ __abs__ __invert__", (1,)),
    ("__bool__ __hash__ __repr__", (2,)),
    ("__add__ __radd__ __sub__ __mul__ __truediv__ __floordiv__", (0, 2)),
    ("__mod__ __divmod__ __lshift__ __rshift__ __and__ __or__", (0,)),
    ("__xor__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__", (2,)),
    ("__pow__ __rpow__", (0, 3)),
    ("__round__", (2,)),
    ("to_bytes", (3, 4)),
])
show(int, "from_bytes", (3, 4))
show(True, "__and__", (0, 2))

table(2.5, [
    ("is_integer as_integer_ratio hex conjugate __trunc__", (1,)),
    ("__floor__ __ceil__ __getnewargs__", (2,)),
    ("__format__", (0, 2)),
    ("__int__ __float__ __pos__ __neg__ __abs__ __bool__ __hash__", (1,)),
    ("__add__ __rsub__ __mul__ __truediv__ __mod__ __divmod__", (0, 2)),
    ("__eq__ __lt__ __ge__", (0,)),
    ("__pow__ __rpow__", (0, 3)),
    ("__round__", (2,)),
])
show(float, "fromhex", (0, 2))

table(1j, [
    ("conjugate __complex__ __getnewargs__", (1,)),
    ("__format__", (0, 2)),
    ("__abs__ __neg__ __pos__ __bool__ __hash__ __repr__", (1,)),
    ("__add__ __rsub__ __mul__ __truediv__ __eq__ __ne__", (0, 2)),
    ("__pow__ __rpow__", (0, 3)),
])

table(range(3), [("__eq__ __ne__", (0,)), ("__hash__", (1,))])
show(slice(1), "indices", (0, 2))
show(iter([]), "__next__", (1,))

# Through the type, and a wrong count before a wrong argument type.
for label, call in [
    ("str.upper()", lambda: str.upper()),
    ("str.upper('a', 1)", lambda: str.upper("a", 1)),
    ("str.join(1, 2, 3)", lambda: str.join(1, 2, 3)),
    ("str.split(1, 2, 3, 4)", lambda: str.split(1, 2, 3, 4)),
    ("str.__len__('a', 2)", lambda: str.__len__("a", 2)),
    ("set.add()", lambda: set.add()),
    ("set.add(set())", lambda: set.add(set())),
    ("set.add(1, 2, 3)", lambda: set.add(1, 2, 3)),
    ("int.bit_length(True, 2)", lambda: int.bit_length(True, 2)),
    ("True.bit_length(2)", lambda: True.bit_length(2)),
    ("int.__add__()", lambda: int.__add__()),
    ("int.__add__('a', 1, 2)", lambda: int.__add__("a", 1, 2)),
    ("int.__round__('a', 1, 2)", lambda: int.__round__("a", 1, 2)),
    ("float.hex(1, 2)", lambda: float.hex(1, 2)),
    ("complex.conjugate(1j, 2)", lambda: complex.conjugate(1j, 2)),
    ("'a'.startswith(1, 2, 3, 4)", lambda: "a".startswith(1, 2, 3, 4)),
    ("'a'.center('x', 'y', 'z')", lambda: "a".center("x", "y", "z")),
    ("'a'.replace(1)", lambda: "a".replace(1)),
    ("'a'.split(1, 2, 3)", lambda: "a".split(1, 2, 3)),
    ("(1).to_bytes('x', 'y', 'z', 'w')", lambda: (1).to_bytes("x", "y", "z", "w")),
]:
    try:
        call()
    except TypeError as e:
        print(f"{label}: {e}")

# The counts that fit still work.
print("a-b".split("-", 1), " x ".strip(), "abcb".rfind("b", 0, 3), "ab".center(4, "*"))
print(b"a b".split(), b"ab".hex(), {1}.isdisjoint([2]), (255).to_bytes(2, "big"))
print((7).__round__(-1), (2.5).__round__(1), (2).__pow__(3, 5), 2.0.__pow__(2))
