# Conditional expressions: A if COND else B.
for n in range(-2, 3):
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)

def pick(flag):
    return "yes" if flag else "no"

print(pick(1), pick(0), pick([]), pick("x"))

# Only the chosen branch is evaluated.
def loud(x):
    print("computing", x)
    return x

print(loud("a") if True else loud("b"))
print(loud("a") if False else loud("b"))

# Nested inside other expressions.
values = [3, 8, 1, 9]
print([v if v % 2 else -v for v in values])
print(sum([v if v > 2 else 0 for v in values]) if values else None)
x = 7
print("big" if x > 5 and x < 10 else "other")
print((lambda y: "even" if y % 2 == 0 else "odd")(x))
label = f"{x} is {'odd' if x % 2 else 'even'}"
print(label)
print(1 + (2 if x else 3) * 10)
result = None if not values else max(values)
print(result)
