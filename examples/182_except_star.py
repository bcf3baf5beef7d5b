# except* (PEP 654): clauses take the matching part of a group; the rest propagates.
def show(label, f):
    try:
        f()
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            print("   ctx:", repr(e.__context__), "cause:", repr(e.__cause__))

def naked_match():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  handler got", repr(e), e.exceptions[0] is not None)

def naked_nomatch():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("  unreachable")

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise

def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("  values", repr(e))

def all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  v", repr(e))
    except* TypeError as e:
        print("  t", repr(e))
    else:
        print("  else not run")
    finally:
        print("  finally runs")

def reraise_part():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(4), OSError(5)])])
    except* ValueError:
        raise
    except* OSError as e:
        print("  os", repr(e))

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")

def raise_new_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise

def tuple_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("  tuple", repr(e))

def bad_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass

def bad_type2():
    try:
        raise ValueError(1)
    except* int:
        pass

def no_exc():
    try:
        print("  body ok")
    except* ValueError:
        print("  no")
    else:
        print("  else runs")

def base_group():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("  kb", repr(e))

def nested_fn():
    def inner():
        raise ExceptionGroup("inner", [ValueError(1), TypeError(2)])
    try:
        inner()
    except* TypeError as e:
        print("  t", repr(e))

def handler_binding():
    e = "before"
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        print(e)
    except NameError as x:
        print("  unbound:", x)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "*", excs)

def custom_derive():
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  mine", repr(e), type(e).__name__)

def predicate_split():
    eg = ExceptionGroup("p", [ValueError(1), ValueError(20), TypeError(3)])
    print("  ", eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 5))
    print("  ", eg.subgroup(lambda e: True) is eg)
    seen = []
    eg.subgroup(lambda e: seen.append(type(e).__name__))
    print("  ", seen)

for fn in [naked_match, naked_nomatch, naked_reraise, partial, all_handled, reraise_part, raise_new,
           raise_new_and_rest, tuple_clause, bad_type, bad_type2, no_exc, base_group, nested_fn,
           handler_binding, custom_derive, predicate_split]:
    show(fn.__name__, fn)
e1 = ValueError(1)
eg = ExceptionGroup("x", [e1])
try:
    try:
        raise eg
    except* ValueError as m:
        raise
except ExceptionGroup as got:
    print(got is eg, got.exceptions[0] is e1)
