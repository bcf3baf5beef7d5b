# __del__ runs as soon as the last reference to an object goes away.
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("delete", self.name)

# At del.
a = Noisy("a")
print("before del a")
del a
print("after del a")

# At rebinding: the new object exists before the old one dies.
b = Noisy("b1")
b = Noisy("b2")
print("b rebound")
b = None
print("b is None")

# At function return: locals die before the caller continues.
def work():
    local = Noisy("local")
    print("working with", local.name)
    return 42

print("result", work())

# Locals die in the order they were first assigned.
def several():
    first = Noisy("first")
    second = Noisy("second")
    third = Noisy("third")
    print("leaving several")

several()

# A returned object survives the call.
def make(name):
    tmp = Noisy(name)
    return tmp

kept = make("kept")
print("caller has", kept.name)
del kept

# Shared objects die with the last reference.
c = Noisy("shared")
d = c
del c
print("c deleted, d still refers to", d.name)
del d

# Temporaries die at once, even in the middle of an expression.
Noisy("temp")
print("after temp")
print("name of a temporary:", Noisy("temp2").name)
print("end")
