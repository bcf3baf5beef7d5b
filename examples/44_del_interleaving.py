# __del__ output interleaves with the program's own output.
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
        print("new", name)

    def __del__(self):
        print("del", self.name)

# An owner is finalized before what it owns.
print("-- ownership chain")
root = Node("root", Node("middle", Node("leaf")))
root = None
print("chain gone")

# Attributes die when overwritten or deleted.
print("-- attributes")
holder = Node("holder", Node("old child"))
holder.child = Node("new child")
print("child replaced")
del holder.child
print("child deleted")
del holder

# An instance's attributes are released in assignment order.
print("-- attribute order")
box = Node("box")
box.p = Node("p")
box.q = Node("q")
del box

# Arguments die when the callee and caller are both done with them.
print("-- arguments")
def consume(node):
    print("consuming", node.name)

consume(Node("argument"))
print("after consume")

# __del__ runs between statements of a loop body.
print("-- loop")
for i in range(3):
    current = Node(f"loop{i}")
    print("iteration", i)
del current

# __del__ can use other objects and globals.
log = []
class Logged:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
        print("logged", self.name, "log size", len(log))

print("-- globals in __del__")
x = Logged("one")
y = Logged("two")
x = y
del y
print("x is", x.name)
del x
print("log:", log)
