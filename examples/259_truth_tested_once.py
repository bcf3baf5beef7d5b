# Tests of `if`, `while`, `assert`, conditional expressions, comprehension
# filters and `case` guards call each operand's __bool__ once, as CPython's
# compiled jumps do, also through `and`, `or` and `not`.


class Noisy:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        print("  bool", self.name)
        return self.value

    def __lt__(self, other):
        print("  lt", self.name)
        return Noisy(self.name + "<", self.value)


T, F = Noisy("T", True), Noisy("F", False)

print("if F and T:")
if F and T:
    print("  body")
print("if T and F or T:")
if T and F or T:
    print("  body")
print("if not (F or F):")
if not (F or F):
    print("  body")
print("while F or F:")
while F or F:
    pass
print("assert T and T")
assert T and T
print("conditional expression")
x = "yes" if F or T else "no"
print(" ", x)
print("comprehension filter")
print(" ", [i for i in range(2) if T and F])
print("comparison result tested once")
if T < F:
    print("  body")
print("value of `and` outside a test is the operand")
v = T and F
print(" ", v.name)
match 3:
    case n if F or T:
        print("  case guard passed", n)
# Ints compare directly; mixed types and chains still work.
print([k for k in range(6) if k < 3 or k == 5], 2 < 3.5, 1 < 2 < 3 > 2)
if 1 < 2 < 0:
    print("never")
