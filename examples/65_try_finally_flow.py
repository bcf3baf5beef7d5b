# try/finally with return, break and continue in the body or in finally.
def body_return():
    try:
        return "from body"
    finally:
        print("finally runs before the return completes")

print(body_return())

def finally_overrides():
    try:
        return "body"
    finally:
        return "finally"

print(finally_overrides())

def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "exception discarded"

print(finally_swallows_exception())

def return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)

print(return_value_evaluated_first())

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)

for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally before break", i)
print("after loop")

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "break discarded the exception"

print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out

print(continue_in_finally())

# Nested try blocks: every finally runs, innermost first.
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested())

# try/except/else/finally ordering.
def full(raise_it):
    try:
        print("  try")
        if raise_it:
            raise ValueError("x")
    except ValueError:
        print("  except")
        return "from except"
    else:
        print("  else")
        return "from else"
    finally:
        print("  finally")

print(full(False))
print(full(True))

# An exception in finally replaces the original, with __context__.
try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))

# while loops with finally and else.
n = 0
while n < 3:
    try:
        n += 1
        if n == 2:
            continue
    finally:
        print("while finally", n)
else:
    print("while else")

# Return in a loop inside try/finally inside a loop.
def search(items, target):
    for i, item in enumerate(items):
        try:
            if item == target:
                return i
        finally:
            print("checked", item)
    return -1

print(search("abc", "b"))
print(search("abc", "z"))

# The except variable is deleted after the handler.
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# Exceptions in handlers get the handled exception as context.
try:
    try:
        {}["missing"]
    except KeyError:
        None.attr
except AttributeError as e:
    print(type(e.__context__).__name__, e.__context__)
