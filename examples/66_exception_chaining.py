# Exception chaining: raise ... from ..., from None, implicit __context__,
# bare raise, and re-raising.
class AppError(Exception):
    pass

def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError("cannot load " + key) from e

try:
    load("b")
except AppError as e:
    print(repr(e))
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)

def hide(key):
    try:
        return {}[key]
    except KeyError:
        raise AppError("hidden") from None

try:
    hide("x")
except AppError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

# Implicit chaining.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print("implicit:", repr(e.__context__), e.__cause__, e.__suppress_context__)

# Bare raise re-raises the exception being handled.
def reraise():
    try:
        raise TypeError("original")
    except TypeError:
        print("handling, then re-raising")
        raise

try:
    reraise()
except TypeError as e:
    print("re-raised:", e)

# Bare raise with nothing being handled.
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# raise from a class instantiates it.
try:
    raise AppError from KeyError
except AppError as e:
    print(repr(e), repr(e.__cause__))

# Invalid causes.
try:
    raise AppError("x") from 42
except TypeError as e:
    print("TypeError:", e)

try:
    raise 42
except TypeError as e:
    print("TypeError:", e)

# Nested handlers: the innermost handled exception is the context.
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            raise ValueError("c")
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))

# After a handler finishes, the old exception is no longer the context.
try:
    raise KeyError("done")
except KeyError:
    pass
try:
    raise ValueError("fresh")
except ValueError as e:
    print("fresh context:", e.__context__)

# Re-raising a caught exception object keeps its chain.
saved = None
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise ValueError("outer") from e
except ValueError as e:
    saved = e
try:
    raise saved
except ValueError as e:
    print(e is saved, repr(e.__cause__))

# Explicitly assigned __cause__ / __context__.
e = ValueError("manual")
e.__cause__ = KeyError("manual cause")
print(repr(e.__cause__), e.__suppress_context__)

# Custom exceptions with __init__ and __str__.
class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self):
        return f"{self.code} {self.reason}"

try:
    raise HTTPError(404, "Not Found")
except HTTPError as e:
    print(e, "|", repr(e), "|", e.args, e.code)

class Quiet(Exception):
    def __init__(self, detail):
        self.detail = detail

q = Quiet("d")
print(repr(q), str(q), q.args, q.detail)

# Exception groups of except clauses.
for exc in (KeyError("k"), IndexError("i"), ValueError("v")):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print("lookup error:", type(e).__name__)
    except Exception as e:
        print("other:", type(e).__name__)
