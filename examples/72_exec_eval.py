# exec, eval, globals, locals and __import__.
print(eval("1 + 2 * 3"))
print(eval("  [x * x for x in range(4)]"))
x = 10
print(eval("x + 1"))
print(eval("x + y", {"x": 1, "y": 2}))
print(eval("a * b", {"a": 3}, {"b": 4}))

ns = {}
exec("def double(n):\n    return n * 2\nresult = double(21)", ns)
print(ns["result"], "double" in ns, "__builtins__" in ns)

exec("z = x * 3")
print(z)

g = {"base": 100}
l = {}
exec("total = base + 1", g, l)
print(l, "total" in g)

def in_function():
    local_var = "mine"
    names = locals()
    print(sorted(names))
    print(eval("local_var.upper()"))

in_function()

def closure_locals():
    captured = 1
    def inner():
        return captured
    return sorted(locals())

print(closure_locals())

print(globals()["x"], globals() is globals())
counter = 0
globals()["counter"] = 5
print(counter)

class Namespace:
    a = 1
    b = a + 1
    print(sorted(k for k in locals() if not k.startswith("__")))

try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError raised")

try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)

try:
    exec(42)
except TypeError as e:
    print("TypeError:", e)

try:
    eval("1", [])
except TypeError as e:
    print("TypeError:", e)

sys_module = __import__("sys")
print(sys_module.__name__, type(sys_module).__name__)

code = "\n".join(["acc = []", "for i in range(3):", "    acc.append(i * i)"])
env = {}
exec(code, env)
print(env["acc"])

print(eval("(lambda q: q + 1)(41)"))
print(eval("__name__"), eval("__name__", {}))
