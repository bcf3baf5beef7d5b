# Attributes that cannot be written (built-in types, int/float getsets,
# function internals) and the function attributes that can (__defaults__,
# __kwdefaults__, __doc__), with CPython's errors.
def f(a=1, b=2, *, k=3):
    return a, b, k
f.__defaults__ = (5,)
print(f(0), f.__defaults__)
f.__defaults__ = (7, 8, 9)
print(f(), f.__defaults__)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
try:
    f.__kwdefaults__ = 5
except TypeError as e:
    print(e)
f.__kwdefaults__ = {'k': 30}
print(f(), f.__kwdefaults__)
f.__kwdefaults__ = None
try:
    f()
except TypeError as e:
    print(e)
del f.__defaults__
print(f.__defaults__)
try:
    f()
except TypeError as e:
    print(e)
for name in ("__globals__", "__closure__", "__builtins__"):
    try:
        setattr(f, name, {})
    except AttributeError as e:
        print(name, e)
    try:
        delattr(f, name)
    except AttributeError as e:
        print("del", name, e)
try:
    del f.__name__
except TypeError as e:
    print(e)
del f.__doc__
print(f.__doc__)
f.__doc__ = "hi"
print(f.__doc__)
def g(x):
    return x
g.__defaults__ = (1, 2)
print(g())
try:
    g(1, 2)
except TypeError as e:
    print(e)
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
print((1).real, True.real)
for stmt in ["(1).real = 2", "True.real = 1", "(2.5).imag = 1", "del (1).denominator", "(1j).real = 1", "int.x = 1", "del int.real", "list.append = None", "object.__init__ = None", "str.__doc__ = ''", "type.__call__ = 1"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except (AttributeError, TypeError) as e:
        print(stmt, "->", type(e).__name__, e)
class C:
    pass
C.x = 1
del C.x
print("C mutable", hasattr(C, "x"))
