# __del__ runs as soon as the last reference goes away: del, rebinding,
# overwriting attributes and items, and leaving a function.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("destroy", self.name)


print("-- del statement")
a = Tracked("a")
b = a
del a
print("a deleted, b still holds it")
del b
print("-- rebinding")
x = Tracked("x1")
x = Tracked("x2")
print("x is", x.name)
print("-- attribute overwrite")


class Holder:
    pass


h = Holder()
h.item = Tracked("attr1")
h.item = Tracked("attr2")
del h.item
print("-- item overwrite")
d = {"k": Tracked("v1")}
d["k"] = Tracked("v2")
d.pop("k")
print("popped and discarded")
print("-- function return")


def work():
    local = Tracked("local")
    print("working with", local.name)
    return 42


print("result", work())
print("-- returned object survives")


def make():
    return Tracked("made")


m = make()
print("got", m.name)
print("-- expression temporary")
print("length of name:", len(Tracked("temp").name))
print("-- end of module")
x = None
