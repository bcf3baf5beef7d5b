# Builtin exceptions: hierarchy and messages.
def attempt(label, func):
    try:
        func()
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("divide", lambda: 1 / 0)
attempt("floordiv", lambda: 1 // 0)
attempt("modulo", lambda: 1 % 0)
attempt("index", lambda: [1, 2][5])
attempt("tuple index", lambda: (1,)[3])
attempt("key", lambda: {"a": 1}["b"])
attempt("attribute", lambda: (5).missing)
attempt("name", lambda: undefined_name)
attempt("int()", lambda: int("4.5"))
attempt("add", lambda: 1 + "a")
attempt("concat", lambda: "a" + 1)
five = 5
attempt("call", lambda: five())
attempt("subscript", lambda: five[0])
attempt("unhashable", lambda: {[1]: 2})
attempt("iterate", lambda: list(7))
attempt("remove", lambda: [1].remove(2))
attempt("pop", lambda: [].pop())
attempt("dict pop", lambda: {}.pop("k"))
attempt("str index", lambda: "abc".index("z"))
attempt("chr", lambda: chr(-1))
attempt("float", lambda: float("abc"))
attempt("unpack", lambda: [a for a, b in [(1, 2, 3)]])
attempt("next", lambda: next(iter([])))
attempt("overflow", lambda: float(10 ** 400))

# The hierarchy.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (KeyError, LookupError), (IndexError, LookupError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (StopIteration, Exception),
    (AssertionError, Exception), (TypeError, ValueError),
]
for sub, base in pairs:
    print(sub.__name__, "subclass of", base.__name__, issubclass(sub, base))

# KeyError's str is the repr of the key.
try:
    {}["quoted"]
except KeyError as e:
    print(str(e), e.args[0])
print(repr(ZeroDivisionError("division by zero")), BaseException.__name__)
