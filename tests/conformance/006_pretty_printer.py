def pretty(obj, indent=0, width=40):
    pad = "  " * indent
    flat = flat_repr(obj)
    if len(flat) + len(pad) <= width or not isinstance(obj, (dict, list, tuple)):
        return pad + flat
    if isinstance(obj, dict):
        open_, close = "{", "}"
        items = []
        for k, v in obj.items():
            inner = pretty(v, indent + 1, width).lstrip()
            items.append("  " * (indent + 1) + flat_repr(k) + ": " + inner)
    else:
        open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
        items = [pretty(v, indent + 1, width) for v in obj]
    return pad + open_ + "\n" + ",\n".join(items) + "\n" + pad + close


def flat_repr(obj):
    if isinstance(obj, dict):
        return "{" + ", ".join(f"{flat_repr(k)}: {flat_repr(v)}" for k, v in obj.items()) + "}"
    if isinstance(obj, list):
        return "[" + ", ".join(flat_repr(x) for x in obj) + "]"
    if isinstance(obj, tuple):
        if len(obj) == 1:
            return "(" + flat_repr(obj[0]) + ",)"
        return "(" + ", ".join(flat_repr(x) for x in obj) + ")"
    if isinstance(obj, str):
        return repr(obj)
    if isinstance(obj, float):
        return f"{obj:g}"
    return str(obj)


data = {
    "name": "wisp",
    "version": (0, 1, 0),
    "tags": ["interpreter", "rust", "python"],
    "deps": {"logos": "0.16", "num-bigint": "0.4", "corosensei": "0.3"},
    "matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    "ratio": 0.125,
    "nested": {"a": {"b": {"c": [1, (2,), {"d": None}]}}},
    "flags": [True, False, None],
    "quote": "it's \"quoted\"",
}
print(pretty(data))
print(pretty(data, width=100))
print(pretty([1, [2, [3, [4, [5, [6]]]]]], width=12))
for item in (1e20, 1.5e-7, 3.0, -0.0):
    print(flat_repr(item), repr(item), str(item))
print(flat_repr(data) == flat_repr(dict(data)))
