# and/or return one of their operands; not always returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default")
print("" or [] or 0, "a" and "b" and "c", [] and 1 / 0)
print(not 0, not 1, not "", not "x", not [], not None)
print(not not [1], type(not 1).__name__)

def show(label, value):
    print("eval", label)
    return value

# Short-circuit evaluation.
print(show("A", 0) and show("B", 1))
print(show("A", 1) and show("B", 2))
print(show("A", 0) or show("B", 0) or show("C", 3))
print(show("A", "x") or show("B", "y"))

# Truthiness of common values.
values = [0, 1, -1, 0.0, 2.5, "", "0", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False]
for v in values:
    print(repr(v), bool(v))

# Precedence: not > and > or.
print(True or False and False, (True or False) and False)
print(not True == False, not (True == False))

class Box:
    def __init__(self, n):
        self.n = n
    def __bool__(self):
        print("bool of Box", self.n)
        return self.n > 0

class Sized:
    def __len__(self):
        return 0

print(Box(1) and "yes", Box(0) or "no")
print(bool(Sized()), not Sized())
if Box(3):
    print("Box(3) is true")
name = ""
print(name or "anonymous")
