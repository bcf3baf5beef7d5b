# Deeply nested exception groups: split, subgroup and except* raise RecursionError as CPython does.
eg = ValueError()
for i in range(5000):
    eg = ExceptionGroup("x", [eg])
try:
    eg.split(ValueError)
except RecursionError as e:
    print("split:", e)
try:
    eg.subgroup(lambda e: False)
except RecursionError as e:
    print("subgroup:", e)
try:
    try:
        raise eg
    except* TypeError:
        pass
except RecursionError as e:
    print("except*:", type(e).__name__)
except ExceptionGroup as e:
    print("except* passed through", e is eg)
try:
    repr(eg)
except RecursionError as e:
    print("repr:", e)
