# Nested functions, closures and nonlocal.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())

def make_accumulator(start):
    total = start
    def add(amount):
        nonlocal total
        total += amount
        return total
    def get():
        return total
    return add, get

add, get = make_accumulator(100)
add(10)
add(-30)
print(get())

# Closures see the variable, not its value at definition time.
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show

print(outer()())

# Three levels deep.
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a
            a += 100
            return a + b
        return level3()
    result = level2()
    return result, a

print(level1())

# Without nonlocal, assignment creates a new local.
def shadow():
    value = "outer"
    def inner():
        value = "inner"
        return value
    inner()
    return value

print(shadow())
