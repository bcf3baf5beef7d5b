# A cycle through a suspended generator is collected: the generator is
# closed (its finally runs) during the collection, as in CPython.
import gc
class Holder:
    def __del__(self): print("holder del")
def gen(h):
    me = h
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
h = Holder()
g = gen(h)
h.g = g
next(g)
del h, g
print("collect", gc.collect())
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter(); next(c); next(c)
print(next(c))
lst = [1]
def walk(l):
    for x in l:
        yield x
w = walk(lst); lst.append(w)
print(next(w))
del w, lst
print("collect2", gc.collect())
print("end")
