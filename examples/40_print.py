import sys

# print: sep, end, file and flush.
print()
print("one argument")
print("several", "arguments", 1, 2.5, None, True, [1], {"k": "v"})
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" -> ")
print("no newline", end="")
print(" ... continued", end="!\n")
print("x", "y", sep="\n")
print(1, 2, 3, sep=", ", end=".\n")
print("sep None means space", sep=None)
print("end None means newline", end=None)
print(*range(5))
print(*["spread", "list"], sep="|")

# stderr output is not part of stdout.
print("this goes to stderr", file=sys.stderr)
print("this goes to stdout", file=sys.stdout)
sys.stdout.write("written directly\n")
print("flushed", flush=True)

# print uses str(), containers use repr() for their items.
class Thing:
    def __str__(self):
        return "str of Thing"
    def __repr__(self):
        return "repr of Thing"

t = Thing()
print(t, [t], (t,), {"key": t})
print("quotes", ["quotes"], 'single\'s', ["single's"])
print(1.0, [1.0], 1e100, -0.0, 10 ** 20)

# Many prints in a loop, with end.
for i in range(5):
    print(i, end=" ")
print()
for row in range(3):
    print(*[row * 3 + col for col in range(3)], sep="\t")

try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
print("done", end="\n\n")
print("after a blank line")
