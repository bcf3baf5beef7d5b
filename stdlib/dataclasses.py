"""Data classes: the @dataclass decorator, field(), fields(), asdict(),
astuple(), replace(), is_dataclass(), InitVar and FrozenInstanceError.

Written for wisp from the documented behaviour of CPython's dataclasses
module. __init__ is generated with exec so that argument errors read like
CPython's; the other methods are closures over the field list."""

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass",
           "replace", "is_dataclass", "KW_ONLY"]


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen dataclass."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    """Marks a pseudo-field passed to __init__ and __post_init__ only."""
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        t = self.type
        name = t.__name__ if isinstance(t, type) else repr(t)
        return "dataclasses.InitVar[" + name + "]"


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    """One field of a dataclass, as returned by fields()."""
    __slots__ = ("name", "type", "default", "default_factory", "repr",
                 "hash", "init", "compare", "metadata", "kw_only",
                 "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=" + repr(self.name) + ",type=" + repr(self.type)
                + ",default=" + repr(self.default)
                + ",default_factory=" + repr(self.default_factory)
                + ",init=" + repr(self.init) + ",repr=" + repr(self.repr)
                + ",hash=" + repr(self.hash) + ",compare=" + repr(self.compare)
                + ",metadata=" + repr(self.metadata)
                + ",kw_only=" + repr(self.kw_only)
                + ",_field_type=" + str(self._field_type) + ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: its default, and which methods it takes part in."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_classvar(tp):
    if tp is None:
        return False
    if isinstance(tp, str):
        return tp.startswith("ClassVar") or tp.startswith("typing.ClassVar")
    return getattr(tp, "_name", None) == "ClassVar" or repr(tp).startswith("typing.ClassVar")


def _is_initvar(tp):
    if tp is InitVar or isinstance(tp, InitVar):
        return True
    return isinstance(tp, str) and (tp.startswith("InitVar")
                                    or tp.startswith("dataclasses.InitVar"))


def _make_field(cls, name, tp, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field " + name + " cannot have a default factory")
    if f._field_type == _FIELD:
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        f.kw_only = False
    if f._field_type == _FIELD and type(f.default) in (list, dict, set):
        raise ValueError("mutable default " + str(type(f.default))
                         + " for field " + name
                         + " is not allowed: use default_factory")
    return f


def _tuple_of(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds)


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _make_init(cls, all_fields, frozen, has_post_init, globs):
    std = [f for f in all_fields if f.init and not f.kw_only]
    kw = [f for f in all_fields if f.init and f.kw_only]
    seen_default = None
    for f in std:
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default is not None:
                raise TypeError("non-default argument " + repr(f.name)
                                + " follows default argument")
        else:
            seen_default = f
    params = ["self"]
    locs = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
            "_setattr": object.__setattr__}

    def param(f):
        text = f.name
        if f.default_factory is not MISSING:
            text += "=_HAS_DEFAULT_FACTORY"
        elif f.default is not MISSING:
            locs["_dflt_" + f.name] = f.default
            text += "=_dflt_" + f.name
        return text

    for f in std:
        params.append(param(f))
    if kw:
        params.append("*")
        for f in kw:
            params.append(param(f))
    body = []
    for f in all_fields:
        if f._field_type != _FIELD:
            continue
        if f.default_factory is not MISSING:
            locs["_factory_" + f.name] = f.default_factory
            if f.init:
                value = ("_factory_" + f.name + "() if " + f.name
                         + " is _HAS_DEFAULT_FACTORY else " + f.name)
            else:
                value = "_factory_" + f.name + "()"
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            locs["_dflt_" + f.name] = f.default
            value = "_dflt_" + f.name
        else:
            continue
        if frozen:
            body.append("  _setattr(self, " + repr(f.name) + ", " + value + ")")
        else:
            body.append("  self." + f.name + " = " + value)
    if has_post_init:
        initvars = [f.name for f in all_fields if f._field_type == _FIELD_INITVAR]
        body.append("  self.__post_init__(" + ", ".join(initvars) + ")")
    if not body:
        body.append("  pass")
    src = "def __init__(" + ", ".join(params) + "):\n" + "\n".join(body) + "\n"
    ns = dict(globs)
    ns.update(locs)
    exec(src, ns)
    fn = ns["__init__"]
    fn.__qualname__ = cls.__qualname__ + ".__init__"
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr_, eq, order, unsafe_hash, frozen,
                   match_args, kw_only):
    all_fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if b.__dict__["__dataclass_params__"]["frozen"]:
                any_frozen_base = True
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    anns = cls.__dict__.get("__annotations__", {})
    own_kw_only = kw_only
    for name, tp in anns.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp.endswith("KW_ONLY")):
            own_kw_only = True
            continue
        f = _make_field(cls, name, tp, own_kw_only)
        all_fields[name] = f
        if isinstance(cls.__dict__.get(name), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in anns:
            raise TypeError(repr(name) + " is a field but has no type annotation")
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = {"init": init, "repr": repr_, "eq": eq,
                                "order": order, "unsafe_hash": unsafe_hash,
                                "frozen": frozen}
    flds = [f for f in all_fields.values() if f._field_type == _FIELD]
    init_fields = [f for f in all_fields.values() if f._field_type != _FIELD_CLASSVAR]
    globs = {}
    if init:
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__",
                           _make_init(cls, init_fields, frozen, has_post_init, globs))
    if repr_:
        repr_fields = [f for f in flds if f.repr]
        running = set()

        def __repr__(self):
            key = id(self)
            if key in running:
                return "..."
            running.add(key)
            try:
                parts = [f.name + "=" + repr(getattr(self, f.name)) for f in repr_fields]
            finally:
                running.discard(key)
            return type(self).__qualname__ + "(" + ", ".join(parts) + ")"
        __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
        _set_new_attribute(cls, "__repr__", __repr__)
    cmp_fields = [f for f in flds if f.compare]
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple_of(self, cmp_fields) == _tuple_of(other, cmp_fields)
            return NotImplemented
        __eq__.__qualname__ = cls.__qualname__ + ".__eq__"
        _set_new_attribute(cls, "__eq__", __eq__)
    if order:
        if eq is False:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", lambda a, b: a < b),
                         ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b),
                         ("__ge__", lambda a, b: a >= b)):
            def method(self, other, op=op):
                if other.__class__ is self.__class__:
                    return op(_tuple_of(self, cmp_fields), _tuple_of(other, cmp_fields))
                return NotImplemented
            method.__name__ = name
            method.__qualname__ = cls.__qualname__ + "." + name
            if _set_new_attribute(cls, name, method):
                raise TypeError("Cannot overwrite attribute " + name + " in class "
                                + cls.__name__ + ". Consider using functools.total_ordering")
    if frozen:
        field_names = set(f.name for f in flds)
        owner = [cls]  # replaced by the rebuilt class under slots=True

        def __setattr__(self, name, value):
            if type(self) is owner[0] or name in field_names:
                raise FrozenInstanceError("cannot assign to field " + repr(name))
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is owner[0] or name in field_names:
                raise FrozenInstanceError("cannot delete field " + repr(name))
            object.__delattr__(self, name)
        for name, fn in (("__setattr__", __setattr__), ("__delattr__", __delattr__)):
            fn.__qualname__ = cls.__qualname__ + "." + name
            fn._dataclass_owner = owner
            if _set_new_attribute(cls, name, fn):
                raise TypeError("Cannot overwrite attribute " + name + " in class "
                                + cls.__name__)
    # __hash__ rules.
    hash_fields = [f for f in flds if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_tuple_of(self, hash_fields))
    __hash__.__qualname__ = cls.__qualname__ + ".__hash__"
    has_explicit_hash = "__hash__" in cls.__dict__
    if has_explicit_hash and cls.__dict__["__hash__"] is None and "__eq__" in cls.__dict__:
        # A class-body __eq__ sets __hash__ to None implicitly.
        has_explicit_hash = False
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class " + cls.__name__)
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = __hash__
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if match_args:
        _set_new_attribute(cls, "__match_args__",
                           tuple(f.name for f in init_fields
                                 if f.init and not f.kw_only))
    if not getattr(cls, "__doc__", None):
        cls.__doc__ = cls.__name__ + _signature_text(init_fields)
    return cls


def _annotation_text(tp):
    if isinstance(tp, type):
        if tp.__module__ == "builtins":
            return tp.__qualname__
        return tp.__module__ + "." + tp.__qualname__
    text = repr(tp)
    return text[7:] if text.startswith("typing.") else text


def _signature_text(init_fields):
    """The text of the generated __init__'s signature, without self."""
    parts = []
    star = False
    for f in init_fields:
        if not f.init:
            continue
        if f.kw_only and not star:
            parts.append("*")
            star = True
        text = f.name + ": " + _annotation_text(f.type)
        if f.default_factory is not MISSING:
            text += " = <factory>"
        elif f.default is not MISSING:
            text += " = " + repr(f.default)
        parts.append(text)
    return "(" + ", ".join(parts) + ")"


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ and friends generated from the fields."""
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                             match_args, kw_only)
        if slots:
            cls = _add_slots(cls)
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def _add_slots(cls):
    """Rebuild cls with __slots__ naming its fields (dataclass(slots=True))."""
    if "__slots__" in cls.__dict__:
        raise TypeError(cls.__name__ + " already specifies __slots__")
    ns = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, "__slots__", ()))
    ns["__slots__"] = tuple(n for n in names if n not in inherited)
    for name in names:
        ns.pop(name, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, ns)
    new_cls.__qualname__ = cls.__qualname__
    owner = getattr(ns.get("__setattr__"), "_dataclass_owner", None)
    if owner is not None:
        owner[0] = new_cls
    return new_cls


def fields(class_or_instance):
    """The tuple of Field objects of a dataclass or instance."""
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in flds.values() if f._field_type == _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _copy_deep(obj, dict_factory, as_tuple):
    if _is_dataclass_instance(obj):
        values = [(f.name, _copy_deep(getattr(obj, f.name), dict_factory, as_tuple))
                  for f in fields(obj)]
        if as_tuple:
            return tuple(v for _, v in values)
        return dict_factory(values)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_copy_deep(v, dict_factory, as_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_copy_deep(v, dict_factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_copy_deep(k, dict_factory, as_tuple),
                          _copy_deep(v, dict_factory, as_tuple))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _copy_deep(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_copy_deep(obj, dict, True))


def replace(obj, /, **changes):
    """A new instance like obj with some fields replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field " + f.name + " is declared with init=False, "
                                 "it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar " + repr(f.name) + " must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """Create a dataclass named cls_name with the given fields."""
    ns = dict(namespace or {})
    anns = {}
    for item in fields:
        if isinstance(item, str):
            anns[item] = "typing.Any"
        elif len(item) == 2:
            anns[item[0]] = item[1]
        else:
            anns[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns["__annotations__"] = anns
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
