# break, continue and pass.
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print("i", i)

# break only leaves the innermost loop.
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
        print("pair", outer, inner)

# continue in a while loop.
n = 0
while n < 6:
    n += 1
    if n % 3:
        continue
    print("multiple of 3:", n)

# pass does nothing; it fills an empty block.
def todo():
    pass

class Empty:
    pass

print(todo(), type(Empty()).__name__)
for _ in range(3):
    pass
if True:
    pass
else:
    pass

# break and continue inside try/finally: finally still runs.
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)

# return from inside a loop.
def first_negative(values):
    for v in values:
        if v < 0:
            return v
    return None

print(first_negative([3, 1, -4, -1]), first_negative([1, 2]))
