import sys

TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


class Skip(Exception):
    pass


def assert_raises(exc_type, fn, *args):
    try:
        fn(*args)
    except exc_type as e:
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")


@test
def test_addition():
    assert 1 + 1 == 2
    assert sum([0.1] * 3) != 0.3, "float rounding"


@test
def test_strings():
    assert "abc".upper() == "ABC"
    assert "a,b".split(",") == ["a", "b"], "split"


@test
def test_fails_with_message():
    x = [1, 2, 3]
    assert len(x) == 4, f"expected 4 items, got {len(x)}"


@test
def test_fails_without_message():
    assert {"a": 1} == {"a": 2}


@test
def test_raises():
    e = assert_raises(ZeroDivisionError, lambda: 1 / 0)
    assert str(e) == "division by zero"
    assert_raises(KeyError, {}.__getitem__, "k")


@test
def test_error():
    return undefined_name  # noqa


@test
def test_skipped():
    raise Skip("not on this platform")


@test
def test_raises_missing():
    assert_raises(ValueError, int, "12")


def run(tests):
    results = {"pass": [], "fail": [], "error": [], "skip": []}
    for t in tests:
        name = t.__name__
        try:
            t()
        except Skip as s:
            results["skip"].append(name)
            print(f"SKIP  {name}: {s}")
        except AssertionError as e:
            results["fail"].append(name)
            print(f"FAIL  {name}: {e or '(no message)'}")
        except Exception as e:
            results["error"].append(name)
            print(f"ERROR {name}: {type(e).__name__}: {e}")
        else:
            results["pass"].append(name)
            print(f"ok    {name}")
    summary = ", ".join(f"{len(v)} {k}" for k, v in results.items())
    print(summary)
    return results


res = run(TESTS)
print(f"{len(res['pass'])} passed, {len(res['fail'])} failed")
sys.exit(1 if res["fail"] or res["error"] else 0)
