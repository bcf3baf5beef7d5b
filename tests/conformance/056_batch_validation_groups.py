class FieldError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(FieldError("name", "required"))
    age = record.get("age")
    if not isinstance(age, int):
        errors.append(TypeError(f"age must be int, not {type(age).__name__}"))
    elif not 0 <= age < 150:
        errors.append(FieldError("age", f"{age} out of range"))
    if "@" not in record.get("email", ""):
        errors.append(FieldError("email", "invalid address"))
    if errors:
        raise ExceptionGroup(f"record {record.get('id')}", errors)
    return record


records = [
    {"id": 1, "name": "ann", "age": 30, "email": "ann@example.com"},
    {"id": 2, "name": "", "age": 200, "email": "nope"},
    {"id": 3, "name": "cy", "age": "old", "email": "cy@x"},
    {"id": 4, "name": "di", "age": 41},
]
for rec in records:
    try:
        validate(rec)
        print(f"record {rec['id']} ok")
    except* FieldError as group:
        fields = sorted(e.field for e in group.exceptions)
        print(f"{group.message}: field errors {fields}")
    except* TypeError as group:
        print(f"{group.message}: type errors {[str(e) for e in group.exceptions]}")

eg = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [KeyError("k"), ValueError("v2")])])
values, rest = eg.split(ValueError)
print(repr(values))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)).exceptions)
print(len(eg.exceptions), isinstance(eg, Exception), str(eg))
try:
    raise BaseExceptionGroup("mixed", [ValueError("x")])
except ExceptionGroup as e:
    print("became ExceptionGroup:", type(e).__name__, e.exceptions)
