# try / except / else / finally.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  cannot divide", a, "by zero")
        return None
    else:
        print("  no exception")
        return result
    finally:
        print("  finally for", a, b)

print(divide(10, 4))
print(divide(1, 0))

# Several except clauses; the first match wins.
def convert(value):
    try:
        return int(value)
    except (TypeError, ValueError) as e:
        print("  bad value:", type(e).__name__, e)
    except Exception:
        print("  not reached")
    return -1

print(convert("12"), convert("twelve"), convert(None))

# except with a base class catches subclasses.
try:
    [][0]
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)

# finally runs even when returning from try.
def with_finally():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")

print(with_finally())

# Nested try statements; an unhandled inner exception reaches the outer one.
try:
    try:
        int("x")
    except KeyError:
        print("wrong handler")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught:", e)

# The except variable is deleted after the clause.
try:
    1 / 0
except ZeroDivisionError as err:
    pass
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)
