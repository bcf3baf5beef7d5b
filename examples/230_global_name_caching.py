# Global and builtin names read inside a loop must see every rebinding,
# deletion and shadowing, whichever dict (globals or builtins) held them.
import builtins

original_len = builtins.len

x = 1

def read_x():
    return x

def read_len():
    return len("abc")

seen = []
for step in range(6):
    seen.append(read_x())
    if step == 1:
        x = 10                      # rebinding: same dict layout
    elif step == 2:
        del x                       # deletion
        x = 20                      # re-added at a new entry
    elif step == 3:
        globals()["x"] = 30         # through the globals() dict
    elif step == 4:
        for i in range(20):         # many new globals: the dict grows
            globals()[f"g{i}"] = i
print(seen)

out = []
for step in range(4):
    out.append(read_len())
    if step == 0:
        def len(s):                 # a global now shadows the builtin
            return -1
    elif step == 1:
        del len                     # the builtin shows through again
    elif step == 2:
        builtins.len = lambda s: 99  # the builtin itself replaced
print(out)
builtins.len = original_len
print(len([1, 2]))

def missing():
    return not_defined_yet

for attempt in range(2):
    try:
        print(missing())
    except NameError as e:
        print("NameError:", e)
    not_defined_yet = "now defined"
