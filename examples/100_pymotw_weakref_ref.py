# PyMOTW "weakref": References (weakref_ref.py).
import weakref


class ExpensiveObject(object):
    def __del__(self):
        print('(Deleting %s)' % self)


obj = ExpensiveObject()
r = weakref.ref(obj)

print('obj:', obj)
print('ref:', r)
print('r():', r())

print('deleting obj')
del obj
print('r():', r())
