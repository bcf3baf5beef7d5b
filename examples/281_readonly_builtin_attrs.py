# Assigning attributes that built-in objects do not let you write.
tests = ["(1).real = 2", "(1.5).imag = 0", "(1j).real = 3", "int.__name__", "del (1).real", "[].__class__.append = 1", "type.__name__", "(lambda: 0).__name__ = 5", "f = lambda: 0; f.__globals__ = {}", "(1).numerator = 3", "object().__class__ = int", "slice(1).start = 2", "range(3).start = 1", "property().fget = 1", "''.__doc__ = 'x'", "int.__doc__ = 'x'", "Exception().args = 5", "Exception().__traceback__ = 5"]
for t in tests:
    try:
        exec(t)
        print(t, "-> ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
