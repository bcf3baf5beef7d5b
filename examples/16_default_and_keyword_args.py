# Default values and keyword arguments.
def power(base, exp=2):
    return base ** exp

print(power(3), power(3, 3), power(exp=4, base=2))

def tag(text, open="<", close=">", upper=False):
    if upper:
        text = text.upper()
    return open + text + close

print(tag("b"), tag("b", "[", "]"), tag("b", close="/>"), tag("i", upper=True))

# Defaults are evaluated once, when the def runs.
counter = 10
def show(value=counter):
    return value

counter = 20
print(show())

# ...so a mutable default is shared between calls.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))

# Keyword-only arguments after a bare *.
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"

print(connect("example.org"), connect("example.org", port=443, secure=True))
try:
    connect("example.org", 8080)
except TypeError as e:
    print(type(e).__name__, e)

# Errors for bad keyword use.
try:
    power(2, base=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    power(2, bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    power()
except TypeError as e:
    print(type(e).__name__, e)

print(power.__defaults__, connect.__kwdefaults__)
