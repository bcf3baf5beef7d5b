# gc.collect() return values for cycles made of lists, dicts, sets, tuples.
import gc

gc.disable()
gc.collect()

l = []
l.append(l)
del l
print("list containing itself:", gc.collect())

d = {}
d["self"] = d
del d
print("dict containing itself:", gc.collect())

a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())

d1 = {}
d2 = {"d1": d1}
d1["d2"] = d2
del d1, d2
print("two dicts:", gc.collect())

l = []
t = (l, 1, 2)
l.append(t)
del l, t
print("list and tuple:", gc.collect())

outer = []
for i in range(5):
    outer.append([outer, i])
del outer
print("list of five lists pointing back:", gc.collect())

# Acyclic containers are freed by reference counting, not by collect.
x = [[1, 2], {"a": [3]}]
del x
print("acyclic:", gc.collect())
gc.enable()
