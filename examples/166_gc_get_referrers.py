# gc.get_referrers finds the containers that refer to an object.
import gc


class Target:
    pass


class Holder:
    def __init__(self, x):
        self.x = x


t = Target()
in_list = [t]
in_dict = {"t": t}
in_tuple = (t, 1)
in_set = {t}
holder = Holder(t)
unrelated = [Target()]

refs = gc.get_referrers(t)


def found(obj):
    return any(r is obj for r in refs)


print("list:", found(in_list))
print("dict:", found(in_dict))
print("tuple:", found(in_tuple))
print("set:", found(in_set))
print("unrelated list:", found(unrelated))
print("holder instance or its dict:",
      found(holder) or any(r is getattr(holder, "__dict__", None) for r in refs))

del refs
in_list.remove(t)
refs = gc.get_referrers(t)
print("after remove:", found(in_list))
