class Field:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = name


class ModelMeta(type):
    models = []

    def __new__(mcls, name, bases, ns):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        for base in bases:
            fields = {**getattr(base, "_fields", {}), **fields}
        ns["_fields"] = fields
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.models.append(name)
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst._frozen = True
        return inst

    def __repr__(cls):
        return f"<model {cls.__name__} fields={list(cls._fields)}>"


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        for name, field in self._fields.items():
            value = values.pop(name, field.default)
            if value is not None and not isinstance(value, field.kind):
                raise TypeError(f"{name} must be {field.kind.__name__}")
            object.__setattr__(self, name, value)
        if values:
            raise TypeError(f"unknown fields {sorted(values)}")

    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{type(self).__name__} is frozen")
        object.__setattr__(self, name, value)

    def __repr__(self):
        args = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({args})"


class User(Model):
    name = Field(str)
    age = Field(int, 0)


class Admin(User):
    level = Field(int, 1)


print(User, Admin, ModelMeta.models, type(User).__name__, isinstance(Admin, ModelMeta))
u = User(name="ann", age=30)
a = Admin(name="root", level=9)
print(u, a, a._frozen)
for bad in [dict(name=5), dict(name="x", email="y")]:
    try:
        User(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    u.age = 31
except AttributeError as e:
    print("AttributeError:", e)
print(type(Model), type(type(Model)), Admin.__mro__[1].__name__, sorted(Admin._fields))
