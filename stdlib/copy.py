"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)        # make a shallow copy of y
        x = copy.deepcopy(y)    # make a deep copy of y

For module specific errors, copy.Error is raised.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass
error = Error   # backward compatibility


def _user_defines(cls, name):
    """Does a class on cls's MRO other than object define `name`?"""
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        if '__slots__' in klass.__dict__:
            slots = klass.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = klass.__name__.lstrip('_')
                    if stripped:
                        name = '_%s%s' % (stripped, name)
                names.append(name)
    return names


def _get_state(x):
    """The (dict state, slot state) of an instance, as object.__reduce_ex__(2)."""
    cls = type(x)
    if _user_defines(cls, '__getstate__'):
        return x.__getstate__(), None, True
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    if d is not None and not d:
        d = None
    slots = None
    for name in _slot_names(cls):
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        if slots is None:
            slots = {}
        slots[name] = value
    return d, slots, False


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """

    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        # treat it as a regular class:
        return _copy_immutable(x)

    if _user_defines(cls, '__copy__'):
        return x.__copy__()

    rv = _reduce(x, cls)
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _copy_instance(x, cls, None)


_copy_dispatch = d = {}

def _copy_immutable(x):
    return x
for t in (type(None), int, float, complex, bool, str, tuple,
          bytes, frozenset, type, range, slice, property,
          type(len), type(_copy_immutable), type(Ellipsis), type(NotImplemented)):
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy

del d, t


def _reduce(x, cls):
    """A user-defined __reduce_ex__/__reduce__ result, or None."""
    if _user_defines(cls, '__reduce_ex__'):
        return x.__reduce_ex__(4)
    if _user_defines(cls, '__reduce__'):
        return x.__reduce__()
    return None


def _new_like(x, cls):
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
        BaseException.__init__(y, *x.args)
        return y
    # Protocol 2 of object.__reduce_ex__: cls.__new__(cls, *x.__getnewargs__()).
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        return cls.__new__(cls, *getnewargs())
    return cls.__new__(cls)


def _set_state(y, state, slotstate, custom):
    if not custom and slotstate is not None:
        state = (state, slotstate)
    if state is None:
        return
    if _user_defines(type(y), '__setstate__'):
        y.__setstate__(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state is not None:
        for key, value in state.items():
            object.__setattr__(y, key, value)
    if slotstate is not None:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _copy_instance(x, cls, memo):
    """Copy an object whose class defines no copy protocol, the way
    object.__reduce_ex__(4) + _reconstruct would."""
    deep = memo is not None
    y = _new_like(x, cls)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        if deep:
            for item in x:
                y.append(deepcopy(item, memo))
        else:
            y.extend(x)
    if isinstance(x, dict):
        if deep:
            for key, value in dict.items(x):
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dict.items(x):
                y[key] = value
    state, slotstate, custom = _get_state(x)
    if deep:
        if state is not None:
            _keep_alive(state, memo)
            state = deepcopy(state, memo)
        if slotstate is not None:
            _keep_alive(slotstate, memo)
            slotstate = deepcopy(slotstate, memo)
    _set_state(y, state, slotstate, custom)
    return y


# ---- deep copy --------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """

    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        elif _user_defines(cls, '__deepcopy__'):
            y = x.__deepcopy__(memo)
        else:
            rv = _reduce(x, cls)
            if rv is not None:
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            else:
                y = _copy_instance(x, cls, memo)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo) # Make sure x lives at least as long as d
    return y


_deepcopy_dispatch = d = {}

def _deepcopy_atomic(x, memo):
    return x
for t in (type(None), int, float, complex, bool, str, bytes, type, range,
          type(Ellipsis), type(NotImplemented), property, slice,
          type(len), type(_deepcopy_atomic)):
    d[t] = _deepcopy_atomic

def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list

def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y
d[tuple] = _deepcopy_tuple

def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict

def _deepcopy_set(x, memo, deepcopy=deepcopy):
    return type(x)(deepcopy(list(x), memo))
d[set] = _deepcopy_set
d[frozenset] = _deepcopy_set

def _deepcopy_method(x, memo): # Copy instance methods
    obj = deepcopy(x.__self__, memo)
    try:
        return type(x)(x.__func__, obj)
    except TypeError:
        return getattr(obj, x.__func__.__name__)
class _C:
    def _m(self):
        pass
d[type(_C()._m)] = _deepcopy_method
del d, t, _C


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    We store a reference at the id of the memo, which should
    normally not be used unless someone tries to deepcopy
    the memo itself...
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)]=[x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state, None, True)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
