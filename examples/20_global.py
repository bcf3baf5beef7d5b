# Module globals and the global statement.
counter = 0

def increment():
    global counter
    counter += 1

for _ in range(5):
    increment()
print("counter:", counter)

# Reading a global needs no declaration.
GREETING = "hi"
def greet(name):
    return GREETING + " " + name

print(greet("there"))
GREETING = "hello"
print(greet("again"))

# global can create a new module-level name.
def define():
    global created
    created = "made inside a function"

define()
print(created)

# A local with the same name shadows the global.
value = "global"
def local_shadow():
    value = "local"
    return value

print(local_shadow(), value)

# global in a nested function refers to the module, not the enclosing one.
name = "module"
def outer():
    name = "outer"
    def inner():
        global name
        name = "changed by inner"
    inner()
    return name

print(outer(), name)

# Reading a local before assignment is an UnboundLocalError.
total = 10
def broken():
    total += 1
    return total

try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(isinstance(UnboundLocalError(), NameError))
