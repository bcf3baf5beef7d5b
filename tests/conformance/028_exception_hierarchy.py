class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class ValidationError(AppError, ValueError):
    code = 10


class MissingField(ValidationError):
    code = 11

    def __init__(self, field):
        super().__init__(f"missing field {field!r}", detail="required")
        self.field = field


class StorageError(AppError):
    code = 20


def validate(record):
    for field in ("name", "age"):
        if field not in record:
            raise MissingField(field)
    if not isinstance(record["age"], int) or record["age"] < 0:
        raise ValidationError("bad age", detail=repr(record["age"]))
    return record


def save(record, db):
    try:
        validate(record)
    except ValidationError:
        raise
    try:
        db[record["name"]] = record["age"] // record.get("divisor", 1)
    except ZeroDivisionError as e:
        raise StorageError("cannot store") from e


db = {}
records = [{"name": "ann", "age": 31}, {"age": 3}, {"name": "bo", "age": -1},
           {"name": "cy", "age": 40, "divisor": 0}, {"name": "di", "age": "x"}, {"name": "ed", "age": 8}]
for rec in records:
    try:
        save(rec, db)
    except MissingField as e:
        print("missing:", e, e.field, e.args)
    except ValueError as e:
        print("value:", e, isinstance(e, AppError), type(e).__mro__[1].__name__)
    except AppError as e:
        print("app:", e, "cause:", repr(e.__cause__), e.__context__ is e.__cause__)
    else:
        print("saved", rec["name"])
    finally:
        print("  db size", len(db))
print(db)
print([c.__name__ for c in MissingField.__mro__])


def nested():
    try:
        try:
            {}["k"]
        except KeyError as e:
            raise RuntimeError("while handling") from None
    except RuntimeError as e:
        return e


err = nested()
print(repr(err), err.__cause__, err.__suppress_context__, repr(err.__context__))
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise ValueError("outer")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
e = AppError("plain")
print(str(e), repr(e), e.args, e.code)
print(issubclass(MissingField, ValueError), issubclass(StorageError, ValueError))
