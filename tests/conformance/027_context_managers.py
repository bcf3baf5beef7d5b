class _GeneratorCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, typ, val, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(typ, val, tb)
        except StopIteration:
            return True
        except BaseException as e:
            if e is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(fn):
    def helper(*args, **kwargs):
        return _GeneratorCM(fn(*args, **kwargs))
    return helper


class suppress:
    def __init__(self, *excs):
        self.excs = excs

    def __enter__(self):
        pass

    def __exit__(self, typ, val, tb):
        return typ is not None and issubclass(typ, self.excs)


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return exc_type is KeyError


@contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield len(out)
    except ValueError as e:
        out.append(f"<!-- {e} -->")
    finally:
        out.append(f"</{name}>")


log = []
with Resource("a", log) as a, Resource("b", log) as b:
    log.append(f"using {a.name}+{b.name}")
with Resource("c", log):
    raise KeyError("swallowed")
try:
    with Resource("d", log):
        raise IndexError("escapes")
except IndexError as e:
    log.append(f"caught {e!r}")
print("\n".join(log))

html = []
with tag("html", html):
    with tag("body", html) as depth:
        html.append(f"depth={depth}")
        with tag("p", html):
            raise ValueError("bad paragraph")
        html.append("unreachable")
print("".join(html))

with suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("never")
print("after suppress")
