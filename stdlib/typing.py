"""Type hints at run time: special forms (Any, Union, Optional, ClassVar,
Final, Literal), generic aliases (List[int], Dict[str, int],
Callable[[int], str], ...), TypeVar, Generic, Protocol, NamedTuple,
TypedDict, cast, overload, get_type_hints and TYPE_CHECKING.

Written for wisp from the documented behaviour of CPython 3.11's typing
module. Aliases only describe types: they are not checked."""

import collections as _collections

TYPE_CHECKING = False

__all__ = ["Any", "Optional", "Union", "List", "Dict", "Set", "FrozenSet",
           "Tuple", "Callable", "Iterable", "Iterator", "Generator",
           "Sequence", "Mapping", "MutableMapping", "MutableSequence",
           "Type", "TypeVar", "Generic", "Protocol", "ClassVar", "Final",
           "Literal", "NamedTuple", "TypedDict", "cast", "overload",
           "TYPE_CHECKING", "get_type_hints", "NoReturn", "NewType",
           "get_origin", "get_args", "DefaultDict", "Deque", "Hashable",
           "Sized", "Awaitable", "AnyStr", "Text", "no_type_check",
           "runtime_checkable", "final", "Counter", "OrderedDict"]


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _convert(arg):
    return type(None) if arg is None else arg


class _Final:
    """Base of typing's own objects: they cannot be subclassed."""

    def __init_subclass__(cls, *args, **kwds):
        if "_root" not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _GenericAlias(_Final, _root=True):
    """A subscripted generic: origin plus argument types."""

    def __init__(self, origin, args, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(_convert(a) if a is not ... else a for a in args)
        self._name = name

    def __repr__(self):
        if self._name:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return head + "[()]"
        return head + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name and not isinstance(self.__origin__, _SpecialForm):
            raise TypeError("Type " + self._name + " cannot be instantiated; use "
                            + self.__origin__.__name__ + "() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError("Cannot subclass " + repr(self))
        if origin is Generic or origin is Protocol:
            for b in bases:
                if b is not self and isinstance(b, _GenericAlias) and b.__origin__ is origin:
                    return ()
        return (origin,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __getitem__(self, params):
        # Substitute type variables: Dict[str, T][int].
        if not isinstance(params, tuple):
            params = (params,)
        tvars = [a for a in self.__args__ if isinstance(a, TypeVar)]
        if not tvars:
            raise TypeError(repr(self) + " is not a generic class")
        if len(tvars) != len(params):
            raise TypeError("Too " + ("many" if len(params) > len(tvars) else "few")
                            + " arguments for " + repr(self))
        subst = dict(zip(tvars, params))
        return _GenericAlias(self.__origin__,
                             tuple(subst.get(a, a) if isinstance(a, TypeVar) else a
                                   for a in self.__args__), self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _UnionAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[" + _type_repr(other) + "]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    # Unions of plain classes work with isinstance/issubclass (3.10+).
    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__)


class _CallableAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., " + _type_repr(args[1]) + "]"
        return ("typing.Callable[[" + ", ".join(_type_repr(a) for a in args[:-1])
                + "], " + _type_repr(args[-1]) + "]")


class _SpecialForm(_Final, _root=True):
    """Any, Union, Optional, ClassVar, Final, Literal, NoReturn."""

    def __init__(self, name, getitem=None, doc=""):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(repr(self) + " is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        if self._name == "Any":
            raise TypeError("Any cannot be instantiated")
        raise TypeError("Cannot instantiate " + repr(self))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass " + repr(self))


def _union(self, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = _convert(p)
        if isinstance(p, _UnionAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), "Union")


def _optional(self, param):
    return Union[param, None]


def _one_arg(self, param):
    if isinstance(param, tuple):
        raise TypeError(repr(self) + " accepts only single type.")
    return _GenericAlias(self, (param,), self._name)


def _literal(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    alias = _GenericAlias(self, (), "Literal")
    alias.__args__ = params
    return alias


Any = _SpecialForm("Any", doc="Special type compatible with every type.")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar", _one_arg)
Final = _SpecialForm("Final", _one_arg)
Literal = _SpecialForm("Literal", _literal)


class _SpecialGenericAlias(_Final, _root=True):
    """List, Dict, ...: an alias of a builtin or abstract container."""

    def __init__(self, origin, nparams, name, alias_class=_GenericAlias):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._alias_class = alias_class

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Tuple":
            if len(params) == 2 and params[1] is ...:
                return _GenericAlias(tuple, params, "Tuple")
            return _GenericAlias(tuple, params, "Tuple")
        if self._name == "Callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is ...:
                return _CallableAlias(self.__origin__, (..., result), "Callable")
            if not isinstance(args, list):
                args = [args]
            return _CallableAlias(self.__origin__, tuple(args) + (result,), "Callable")
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too " + ("many" if len(params) > self._nparams else "few")
                            + " arguments for " + repr(self) + "; actual "
                            + str(len(params)) + ", expected " + str(self._nparams))
        return self._alias_class(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if not isinstance(self.__origin__, type) or self._name in ("Callable",):
            raise TypeError("Type " + self._name + " cannot be instantiated; use "
                            + self.__origin__.__name__ + "() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __or__(self, other):
        return Union[self, other]


class _AbstractContainer:
    """Stand-ins for collections.abc classes wisp does not have."""


def _abstract(name):
    return type(name, (_AbstractContainer,), {"__module__": "collections.abc"})


List = _SpecialGenericAlias(list, 1, "List")
Dict = _SpecialGenericAlias(dict, 2, "Dict")
Set = _SpecialGenericAlias(set, 1, "Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet")
Tuple = _SpecialGenericAlias(tuple, -1, "Tuple")
Type = _SpecialGenericAlias(type, 1, "Type")
Callable = _SpecialGenericAlias(_abstract("Callable"), -1, "Callable")
Iterable = _SpecialGenericAlias(_abstract("Iterable"), 1, "Iterable")
Iterator = _SpecialGenericAlias(_abstract("Iterator"), 1, "Iterator")
Generator = _SpecialGenericAlias(_abstract("Generator"), 3, "Generator")
Sequence = _SpecialGenericAlias(_abstract("Sequence"), 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_abstract("MutableSequence"), 1, "MutableSequence")
Mapping = _SpecialGenericAlias(_abstract("Mapping"), 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_abstract("MutableMapping"), 2, "MutableMapping")
Collection = _SpecialGenericAlias(_abstract("Collection"), 1, "Collection")
Awaitable = _SpecialGenericAlias(_abstract("Awaitable"), 1, "Awaitable")
Hashable = _SpecialGenericAlias(_abstract("Hashable"), 0, "Hashable")
Sized = _SpecialGenericAlias(_abstract("Sized"), 0, "Sized")
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, "OrderedDict")
Counter = _SpecialGenericAlias(_collections.Counter, 1, "Counter")
Deque = _SpecialGenericAlias(_collections.deque, 1, "Deque")
Text = str


class TypeVar(_Final, _root=True):
    """A type variable: T = TypeVar('T'), with bounds or constraints."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """Base of user generic classes: class Box(Generic[T])."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError("Parameters to " + cls.__name__
                                    + "[...] must all be type variables "
                                    "or parameter specification variables.")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias):
                for a in base.__args__:
                    if isinstance(a, TypeVar) and a not in params:
                        params.append(a)
        cls.__parameters__ = tuple(params)


class Protocol(Generic):
    """Base of structural types; wisp does not check them at run time."""
    __slots__ = ()
    _is_protocol = True


def runtime_checkable(cls):
    return cls


def final(f):
    return f


def cast(typ, val):
    """Return val unchanged: only a hint for type checkers."""
    return val


def overload(func):
    """Decorate the typed variants of a function; the last definition wins."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @overload-"
            "decorated functions outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def no_type_check(arg):
    return arg


def NewType(name, tp):
    """A distinct name for a type: calling it returns its argument."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        if isinstance(tp, _CallableAlias) and tp.__args__[0] is not ...:
            return (list(tp.__args__[:-1]), tp.__args__[-1])
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (over its MRO), function or module, with
    string annotations evaluated and None replaced by NoneType."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            for name, value in ann.items():
                hints[name] = value
    else:
        hints = dict(getattr(obj, "__annotations__", {}))
        if globalns is None:
            globalns = getattr(obj, "__globals__", {})
    out = {}
    for name, value in hints.items():
        if value is None:
            value = type(None)
        elif isinstance(value, str):
            value = eval(value, globalns if globalns is not None else {}, localns)
        out[name] = value
    return out


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if not any(b is _NamedTupleBase for b in bases):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get("__annotations__", {})
        defaults = []
        default_names = []
        for name in types:
            if name in ns:
                defaults.append(ns[name])
                default_names.append(name)
            elif defaults:
                raise TypeError("Non-default namedtuple field " + name
                                + " cannot follow default field"
                                + ("s" if len(defaults) > 1 else "") + " "
                                + ", ".join(default_names))
        nt = _collections.namedtuple(typename, list(types), defaults=defaults)
        nt.__annotations__ = dict(types)
        nt.__module__ = ns.get("__module__", nt.__module__)
        for key, value in ns.items():
            if key in ("__annotations__", "__module__", "__qualname__") or key in types:
                continue
            if key == "__doc__" and value is None:
                continue
            if key in ("_make", "_asdict", "_replace", "_fields", "__new__", "__init__",
                       "__getnewargs__", "_field_defaults"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(nt, key, value)
        if "__qualname__" in ns:
            nt.__qualname__ = ns["__qualname__"]
        return nt


class _NamedTupleBase(metaclass=_NamedTupleMeta):
    pass


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: NamedTuple('P', [('x', int)]) or a class body."""
    if fields is None:
        fields = list(kwargs.items())
    nt = _collections.namedtuple(typename, [n for n, _ in fields])
    nt.__annotations__ = dict(fields)
    return nt


def _namedtuple_mro_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        ns = dict(ns)
        anns = {}
        for base in bases:
            anns.update(base.__dict__.get("__annotations__", {}))
        anns.update(ns.get("__annotations__", {}))
        ns["__annotations__"] = anns
        cls = super().__new__(mcls, name, (dict,), ns)
        cls.__total__ = total
        required = set()
        optional = set()
        for base in bases:
            required |= set(getattr(base, "__required_keys__", ()))
            optional |= set(getattr(base, "__optional_keys__", ()))
        for key in ns.get("__annotations__", {}):
            (required if total else optional).add(key)
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    __subclasscheck__ = __instancecheck__


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys; instances are plain dicts."""
