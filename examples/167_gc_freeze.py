# gc.freeze moves all tracked objects to a permanent generation that the
# collector ignores; gc.unfreeze brings them back.
import gc

gc.disable()
gc.collect()
print("freeze count at start:", gc.get_freeze_count())


class Node:
    def __del__(self):
        print("__del__ of frozen cycle member")


n = Node()
n.me = n
del n
gc.freeze()
print("frozen objects > 0:", gc.get_freeze_count() > 0)
print("collect ignores the frozen cycle:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("collect now finds it:", gc.collect())

before = gc.get_freeze_count()
gc.freeze()
first = gc.get_freeze_count()
keep = [[] for _ in range(50)]
gc.freeze()
second = gc.get_freeze_count()
print("freezing again adds the new objects:", second - first >= 50)
gc.unfreeze()
print("all unfrozen:", gc.get_freeze_count())
gc.enable()
