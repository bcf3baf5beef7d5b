# PyMOTW "weakref": Proxies (weakref_proxy.py). The last access raises
# ReferenceError, so the program ends with a traceback (exit status 1).
import weakref


class ExpensiveObject(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('(Deleting %s)' % self)


obj = ExpensiveObject('My Object')
r = weakref.ref(obj)
p = weakref.proxy(obj)

print('via obj:', obj.name)
print('via ref:', r().name)
print('via proxy:', p.name)
del obj
print('via proxy:', p.name)
