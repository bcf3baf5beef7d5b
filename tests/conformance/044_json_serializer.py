class EncodeError(TypeError):
    pass


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def encode_str(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def encode(obj, indent=None, level=0, seen=None):
    seen = set() if seen is None else seen
    if obj is None:
        return "null"
    if obj is True or obj is False:
        return "true" if obj else "false"
    if isinstance(obj, (int, float)):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise EncodeError(f"cannot encode {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return encode_str(obj)
    if isinstance(obj, (list, tuple, dict)):
        if id(obj) in seen:
            raise EncodeError("circular reference")
        seen.add(id(obj))
        try:
            if isinstance(obj, dict):
                parts = [f"{encode_str(str(k))}:{' ' if indent else ''}{encode(v, indent, level + 1, seen)}"
                         for k, v in obj.items()]
                brackets = "{}"
            else:
                parts = [encode(v, indent, level + 1, seen) for v in obj]
                brackets = "[]"
        finally:
            seen.discard(id(obj))
        if not parts:
            return brackets
        if indent is None:
            return brackets[0] + ", ".join(parts) + brackets[1]
        pad = " " * (indent * (level + 1))
        return (brackets[0] + "\n" + ",\n".join(pad + p for p in parts) + "\n"
                + " " * (indent * level) + brackets[1])
    if hasattr(obj, "to_json"):
        return encode(obj.to_json(), indent, level, seen)
    raise EncodeError(f"Object of type {type(obj).__name__} is not serializable")


class User:
    def __init__(self, name, roles):
        self.name, self.roles = name, roles

    def to_json(self):
        return {"name": self.name, "roles": self.roles}


doc = {"id": 7, "ratio": 0.1 + 0.2, "ok": True, "missing": None, "tags": ("a", "b"),
       "text": 'line1\nline2 "quoted" \\ tab\t', "unicode": "café ☕", "empty": [], "obj": {},
       "user": User("ann", ["admin"]), "big": 2 ** 64, "neg": -1.5e-10}
print(encode(doc))
print(encode(doc, indent=2))
loop = [1, 2]
loop.append(loop)
for bad in [float("nan"), {1, 2}, loop, [1, [2, [float("inf")]]]]:
    try:
        encode(bad)
    except EncodeError as e:
        print("EncodeError:", e, isinstance(e, TypeError))
print(encode([[], [[]], {"a": {"b": [None]}}], indent=1))
