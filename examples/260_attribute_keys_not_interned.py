# Attributes whose names were computed at run time (so the dict key is not
# the interned name object) read and write like any other, at sites that
# have seen interned keys before and after.


class Box:
    pass


def read(o):
    return o.value


def write(o, v):
    o.value = v


boxes = []
for i in range(6):
    b = Box()
    if i % 2:
        setattr(b, "".join(["val", "ue"]), i)  # a fresh str key
    else:
        b.value = i  # the interned key
    boxes.append(b)
print([read(b) for b in boxes])
for b in boxes:
    write(b, read(b) * 10)
print([read(b) for b in boxes], [sorted(vars(b)) for b in boxes[:2]])

# Keys deleted and re-added in another order move the entry.
b = boxes[1]
b.other = "x"
del b.value
setattr(b, "valu" + "e", "again")
print(read(b), list(vars(b)))
write(b, "written")
print(read(b), list(vars(b)))
