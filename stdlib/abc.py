"""Abstract base classes: ABCMeta, ABC, abstractmethod, register.

Written for wisp from the documented behaviour of CPython's abc module."""

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractproperty",
           "get_cache_token"]

import _abc
from _weakref import ref as _ref


def abstractmethod(funcobj):
    """Mark a method abstract: a class that has it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # A property is abstract when one of its functions is.
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    return False


# Bumped by every register(): cached subclass answers older than the
# current value are recomputed.
_invalidation = [0]

# `__abc_tpflags__` values a class body may set (CPython's
# Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING): they decide whether
# instances match sequence or mapping patterns in `match`.
_COLLECTION_KINDS = {1 << 5: "sequence", 1 << 6: "mapping"}


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = {}
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(_ref(cls))
        kind = _COLLECTION_KINDS.get(namespace.get("__abc_tpflags__"))
        if "__abc_tpflags__" in namespace:
            delattr(cls, "__abc_tpflags__")
        if kind is not None:
            _abc._set_collection_flag(cls, kind)
            cls._abc_collection_kind = kind
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = ", ".join(sorted(abstracts))
            plural = "s" if len(abstracts) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{plural} {names}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _invalidation[0] += 1
        kind = getattr(cls, "_abc_collection_kind", None)
        if kind is not None:
            _abc._set_collection_flag(subclass, kind)
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if cls.__subclasscheck__(subclass):
            return True
        subtype = type(instance)
        return subtype is not subclass and cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        key = id(subclass)
        seen = cls._abc_cache.get(key)
        if seen is not None and seen[0]() is subclass and seen[2] == _invalidation[0]:
            return seen[1]
        answer = _subclass_answer(cls, subclass)
        cls._abc_cache[key] = (_ref(subclass), answer, _invalidation[0])
        return answer

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses (for tests)."""
        cls._abc_registry.clear()
        _invalidation[0] += 1

    def _abc_caches_clear(cls):
        """Forget the cached answers (for tests)."""
        cls._abc_cache.clear()


def _subclass_answer(cls, subclass):
    """issubclass(subclass, cls), worked out: real inheritance, then the
    class's __subclasshook__, then registered classes, then ABC subclasses."""
    if cls in subclass.__mro__:
        return True
    hook = getattr(cls, "__subclasshook__", None)
    if hook is not None:
        ok = hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
    for registered in cls._abc_registry:
        if issubclass(subclass, registered):
            return True
    for sub_ref in cls._abc_subclasses:
        sub = sub_ref()
        if sub is not None and issubclass(subclass, sub):
            return True
    return False


class ABC(metaclass=ABCMeta):
    """Helper base class: `class Shape(ABC)` instead of a metaclass keyword."""
    __slots__ = ()


def abstractproperty(func):
    """Deprecated spelling of @property @abstractmethod."""
    return property(abstractmethod(func))


def get_cache_token():
    """A value that changes whenever a class is registered with an ABC."""
    return _invalidation[0]
