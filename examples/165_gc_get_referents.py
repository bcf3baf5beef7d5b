# gc.get_referents returns the objects directly referred to by its arguments.
import gc


class Obj:
    pass


a = Obj()
b = Obj()
lst = [a, b, "text"]
refs = gc.get_referents(lst)
print("list referents include a, b:", any(r is a for r in refs), any(r is b for r in refs))
print("number of list referents:", len(refs))

t = (a, [1], "s")
refs = gc.get_referents(t)
print("tuple referents include a:", any(r is a for r in refs))
print("tuple referents include the inner list:", any(r is t[1] for r in refs))

d = {"key": a}
refs = gc.get_referents(d)
print("dict referents include value:", any(r is a for r in refs))

# Several arguments
refs = gc.get_referents([a], [b])
print("two args:", any(r is a for r in refs) and any(r is b for r in refs))

# Atomic objects have no referents.
print("int:", gc.get_referents(5), "str:", gc.get_referents("s"))

# An instance refers to its class.
print("instance refers to class:", any(r is Obj for r in gc.get_referents(a)))


def outer():
    captured = Obj()

    def inner():
        return captured
    return inner, captured


fn, cap = outer()
level1 = gc.get_referents(fn)
level2 = gc.get_referents(*level1)
cells = [r for r in level1 + level2 if type(r).__name__ == "cell"]
print("a cell holding the captured object is reachable:",
      any(c.cell_contents is cap for c in cells))
