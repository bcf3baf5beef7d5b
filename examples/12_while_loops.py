# while loops, with break, continue and else.
i = 0
while i < 5:
    print("i =", i)
    i += 1

# Collatz sequence.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("steps:", steps)

# break skips the else clause.
n = 0
while n < 100:
    n += 7
    if n % 5 == 0:
        print("first multiple of 5 and 7:", n)
        break
else:
    print("not found")

# else runs when the condition becomes false.
k = 3
while k > 0:
    k -= 1
else:
    print("loop finished, k =", k)

# continue jumps to the condition.
j = 0
odds = []
while j < 10:
    j += 1
    if j % 2 == 0:
        continue
    odds.append(j)
print(odds)

# while True with break; popping a list until empty.
stack = [1, 2, 3]
while True:
    if not stack:
        break
    print("pop", stack.pop())

# Truthiness of the condition.
queue = ["a", "b"]
while queue:
    print("process", queue.pop(0))
a, b = 48, 18
while b:
    a, b = b, a % b
print("gcd", a)
