"""Enumerations: EnumType, Enum, IntEnum, StrEnum, Flag, IntFlag, auto and
unique.

Written for wisp from the documented behaviour of CPython 3.11's enum
module. wisp class namespaces are plain dicts, so members are picked out
of the namespace after the class body has run."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag",
           "IntFlag", "auto", "unique"]


class auto:
    """A placeholder replaced by _generate_next_value_'s result."""
    _order = 0

    def __init__(self):
        auto._order += 1
        self._n = auto._order
        self.value = None

    def __repr__(self):
        return "auto(" + repr(self.value) + ")"


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_"


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


def _member_type(bases):
    """The data type (int, str, ...) mixed into an enum, else object."""
    for base in bases:
        for klass in base.__mro__:
            if klass is object or isinstance(klass, EnumType):
                continue
            if "__new__" in klass.__dict__ or klass in (int, str, float):
                return klass
    return object


class EnumType(type):
    """Metaclass of enumerations: builds the members, looks them up."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        namespace = dict(namespace)
        for base in bases:
            if isinstance(base, EnumType) and base.__dict__.get("_member_names_"):
                raise TypeError("<enum " + repr(name) + "> cannot extend " + repr(base))
        members = []
        for key, value in namespace.items():
            if _is_dunder(key) or _is_sunder(key) or key.startswith("_" + name + "__"):
                continue
            if _is_descriptor(value) or isinstance(value, type):
                continue
            members.append((key, value))
        for key, _ in members:
            del namespace[key]
        if "__new__" in namespace and any(isinstance(b, EnumType) for b in bases):
            # A member constructor; lookup by value stays Enum.__new__.
            namespace["_new_member_"] = namespace.pop("__new__")
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        type.__setattr__(cls, "_member_names_", [])
        type.__setattr__(cls, "_member_map_", {})
        type.__setattr__(cls, "_value2member_map_", {})
        mtype = _member_type(bases)
        type.__setattr__(cls, "_member_type_", mtype)
        # The data type's repr/str/format would shadow Enum's in the MRO.
        for meth in ("__repr__", "__str__", "__format__"):
            if meth in namespace or mtype is object:
                continue
            found = getattr(cls, meth)
            if found == getattr(mtype, meth) or found == getattr(object, meth):
                for klass in cls.__mro__:
                    if isinstance(klass, EnumType) and meth in klass.__dict__:
                        type.__setattr__(cls, meth, klass.__dict__[meth])
                        break
        last_values = []
        for key, value in members:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = cls._generate_next_value_(
                        key, 1, len(cls._member_names_), list(last_values))
                value = value.value
            cls._add_member_(key, value)
            last_values.append(cls._member_map_[key]._value_)
        return cls

    def _add_member_(cls, key, value):
        args = value if isinstance(value, tuple) else (value,)
        mtype = cls._member_type_
        custom_new = getattr(cls, "_new_member_", None)
        if custom_new is not None:
            member = custom_new(cls, *args)
            if not hasattr(member, "_value_"):
                member._value_ = value
        elif mtype is object:
            member = object.__new__(cls)
            member._value_ = value
        else:
            member = mtype.__new__(cls, *args)
            member._value_ = mtype(*args)
        value = member._value_
        member._name_ = key
        member.__objclass__ = cls
        init = getattr(cls, "__init__")
        if init is not object.__init__ and init is not Enum.__init__:
            member.__init__(*args)
        for other in cls._member_map_.values():
            if other._value_ == value:
                cls._member_map_[key] = other
                type.__setattr__(cls, key, other)
                return
        cls._member_names_.append(key)
        cls._member_map_[key] = member
        try:
            cls._value2member_map_[value] = member
        except TypeError:
            pass
        type.__setattr__(cls, key, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1):
        if names is None:
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module, qualname, type, start)

    def _create_(cls, class_name, names, module, qualname, mixin, start):
        """The functional API: Enum('Color', 'RED GREEN')."""
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        items = names.items() if isinstance(names, dict) else names
        ns = {}
        count = 0
        last = []
        for item in items:
            if isinstance(item, str):
                key = item
                value = cls._generate_next_value_(key, start, count, list(last))
            else:
                key, value = item
            ns[key] = value
            last.append(value)
            count += 1
        ns["__module__"] = module if module is not None else "__main__"
        if qualname is not None:
            ns["__qualname__"] = qualname
        bases = (cls,) if mixin is None else (mixin, cls)
        meta = builtins_type(cls)
        return meta.__new__(meta, class_name, bases, ns)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        if isinstance(member, Enum):
            return False
        raise TypeError("unsupported operand type(s) for 'in': "
                        + repr(type(member).__qualname__) + " and "
                        + repr(type(cls).__qualname__))

    def __bool__(cls):
        return True

    def __dir__(cls):
        return sorted(["__class__", "__contains__", "__doc__", "__getitem__",
                       "__init_subclass__", "__iter__", "__len__", "__members__",
                       "__module__", "__name__", "__qualname__"] + cls._member_names_)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag " + repr(cls.__name__) + ">"
        return "<enum " + repr(cls.__name__) + ">"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member " + repr(name))
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(repr(cls.__name__) + " cannot delete member "
                                 + repr(name) + ".")
        type.__delattr__(cls, name)


EnumMeta = EnumType
builtins_type = type
Flag = None


class Enum(metaclass=EnumType):
    """Base of enumerations: members are unique singletons with a name and
    a value."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError("error in " + cls.__name__ + "._missing_: returned "
                            + repr(result) + " instead of None or a valid member")
        raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return ("<" + type(self).__name__ + "." + str(self._name_) + ": "
                + repr(self._value_) + ">")

    def __str__(self):
        return type(self).__name__ + "." + str(self._name_)

    def __format__(self, spec):
        return format(type(self).__str__(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return (type(self), (self._value_,))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__",
                 "name", "value"}
        for klass in type(self).__mro__:
            if klass in (Enum, ReprEnum, Flag, IntEnum, IntFlag, StrEnum, object):
                continue
            if not isinstance(klass, EnumType):
                continue
            for key in klass.__dict__:
                if not key.startswith("_") and key not in klass._member_map_:
                    names.add(key)
        for key in getattr(self, "__dict__", {}):
            if not key.startswith("_"):
                names.add(key)
        return sorted(names)


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class StrEnum(str, ReprEnum):
    """An enum whose members are also strings."""

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members can be combined with |, & and ^ into flag values."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        high = max(last_values)
        return 1 << high.bit_length()

    @classmethod
    def _all_bits(cls):
        bits = 0
        for n in cls._member_names_:
            bits |= cls._member_map_[n]._value_
        return bits

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        if value < 0:
            value = value & cls._all_bits()
        elif value & ~cls._all_bits() and not issubclass(cls, int):
            raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._decompose(value)]
        rest = value
        for m in cls._decompose(value):
            rest &= ~m._value_
        if rest:
            names.append(str(rest))
        pseudo._name_ = "|".join(names) if names else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def _decompose(cls, value):
        out = []
        for n in cls._member_names_:
            m = cls._member_map_[n]
            v = m._value_
            if v and v & (v - 1) == 0 and v & value == v:
                out.append(m)
        return out

    def __repr__(self):
        if self._name_ is None:
            return "<" + type(self).__name__ + ": " + repr(self._value_) + ">"
        return "<" + type(self).__name__ + "." + self._name_ + ": " + repr(self._value_) + ">"

    def __str__(self):
        if self._name_ is None:
            return type(self).__name__ + "(" + repr(self._value_) + ")"
        return type(self).__name__ + "." + self._name_

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': "
                            + repr(type(other).__qualname__) + " and "
                            + repr(type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(type(self)._decompose(self._value_))

    def __len__(self):
        return len(type(self)._decompose(self._value_))

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if isinstance(self, int) and isinstance(other, int):
            return int(other)
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(type(self)._all_bits() & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """A Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias."""
    dups = [(name, member._name_) for name, member in enumeration.__members__.items()
            if name != member._name_]
    if dups:
        raise ValueError("duplicate values found in " + repr(enumeration) + ": "
                         + ", ".join(a + " -> " + b for a, b in dups))
    return enumeration
