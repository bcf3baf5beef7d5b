"""Abstract base classes: ABCMeta, ABC, abstractmethod, register.

Written for wisp from the documented behaviour of CPython's abc module."""

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractproperty",
           "get_cache_token"]


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
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for registered in cls._abc_registry:
            if registered in subclass.__mro__ or issubclass(subclass, registered):
                return True
        for scls in type.__subclasses__(cls) if hasattr(type, "__subclasses__") else ():
            if issubclass(subclass, scls):
                return True
        return False


class ABC(metaclass=ABCMeta):
    """Helper base class: `class Shape(ABC)` instead of a metaclass keyword."""
    __slots__ = ()


def abstractproperty(func):
    """Deprecated spelling of @property @abstractmethod."""
    return property(abstractmethod(func))


_token = object()


def get_cache_token():
    return _token
