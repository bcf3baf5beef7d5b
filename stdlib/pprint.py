"""Pretty-printing of data structures (wisp's implementation of the
commonly used subset of CPython's pprint: pprint, pformat, pp, PrettyPrinter
with indent, width, depth, compact and sort_dicts)."""

import sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width,
                            depth=depth, compact=compact,
                            sort_dicts=sort_dicts)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object, keeping dict insertion order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return repr(object)


def isreadable(object):
    return not isrecursive(object)


def isrecursive(object):
    return False


class _SortKey:
    """Orders values of mixed types the way pprint's safe key does."""

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._indent_per_level = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts

    def pprint(self, object):
        stream = self._stream if self._stream is not None else sys.stdout
        stream.write(self.pformat(object))
        stream.write("\n")

    def pformat(self, object):
        parts = []
        self._format(object, parts, 0, 0, 0)
        return "".join(parts)

    def _repr(self, object, level):
        if self._depth is not None and level > self._depth:
            if isinstance(object, (list, tuple, dict, set, frozenset)) and object:
                if isinstance(object, list):
                    return "[...]"
                if isinstance(object, tuple):
                    return "(...)"
                if isinstance(object, dict):
                    return "{...}"
        if isinstance(object, dict) and self._sort_dicts and object:
            items = sorted(object.items(), key=lambda kv: _SortKey(kv[0]))
            inner = ", ".join(self._repr(k, level + 1) + ": " + self._repr(v, level + 1)
                              for k, v in items)
            if type(object) is dict:
                return "{" + inner + "}"
        if type(object) is list and object:
            return "[" + ", ".join(self._repr(x, level + 1) for x in object) + "]"
        if type(object) is tuple and object:
            if len(object) == 1:
                return "(" + self._repr(object[0], level + 1) + ",)"
            return "(" + ", ".join(self._repr(x, level + 1) for x in object) + ")"
        return repr(object)

    def _format(self, object, stream, indent, allowance, level):
        rep = self._repr(object, level + 1)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            t = type(object)
            if t is dict and object:
                self._pprint_dict(object, stream, indent, allowance, level)
                return
            if t is list and object:
                self._pprint_seq("[", "]", object, stream, indent, allowance, level)
                return
            if t is tuple and object:
                end = ",)" if len(object) == 1 else ")"
                self._pprint_seq("(", end, object, stream, indent, allowance, level)
                return
            if t is str and object:
                self._pprint_str(object, stream, indent, allowance, level + 1)
                return
            if t in (set, frozenset) and object:
                items = sorted(object, key=_SortKey)
                if t is set:
                    self._pprint_seq("{", "}", items, stream, indent, allowance, level)
                else:
                    stream.append("frozenset(")
                    self._pprint_seq("{", "}", items, stream, indent + 10, allowance + 1, level)
                    stream.append(")")
                return
        stream.append(rep)

    def _pprint_str(self, object, stream, indent, allowance, level):
        # A string too wide for its line becomes adjacent literals, split
        # after runs of whitespace (and at line ends), each fitting the
        # width; at the top level they are wrapped in parentheses.
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width = self._width - indent
        last_line = len(lines) - 1
        for i, line in enumerate(lines):
            limit = max_width - (allowance if i == last_line else 0)
            if len(repr(line)) <= limit:
                chunks.append(repr(line))
                continue
            words = _words(line)
            current = ""
            for j, word in enumerate(words):
                candidate = current + word
                limit = max_width
                if j == len(words) - 1 and i == last_line:
                    limit -= allowance
                if len(repr(candidate)) > limit:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.append(repr(object))
            return
        if level == 1:
            stream.append("(")
        stream.append(("\n" + " " * indent).join(chunks))
        if level == 1:
            stream.append(")")

    def _pprint_dict(self, object, stream, indent, allowance, level):
        stream.append("{")
        if self._indent_per_level > 1:
            stream.append((self._indent_per_level - 1) * " ")
        items = list(object.items())
        if self._sort_dicts:
            items = sorted(items, key=lambda kv: _SortKey(kv[0]))
        indent += self._indent_per_level
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            rep = self._repr(key, level + 1)
            stream.append(rep)
            stream.append(": ")
            self._format(value, stream, indent + len(rep) + 2,
                         allowance + 1 if i == last else 1, level + 1)
            if i != last:
                stream.append(",\n" + " " * indent)
        stream.append("}")

    def _pprint_seq(self, open_, close, items, stream, indent, allowance, level):
        stream.append(open_)
        if self._indent_per_level > 1:
            stream.append((self._indent_per_level - 1) * " ")
        indent += self._indent_per_level
        items = list(items)
        last = len(items) - 1
        if self._compact:
            width = self._width - indent
            line = []
            line_len = 0
            for i, x in enumerate(items):
                rep = self._repr(x, level + 1)
                w = len(rep) + 2
                if line and line_len + w > width - (allowance if i == last else 0):
                    stream.append(", ".join(line) + ",\n" + " " * indent)
                    line = []
                    line_len = 0
                line.append(rep)
                line_len += w
            stream.append(", ".join(line))
        else:
            for i, x in enumerate(items):
                self._format(x, stream, indent,
                             allowance + len(close) if i == last else 1, level + 1)
                if i != last:
                    stream.append(",\n" + " " * indent)
        stream.append(close)


def _words(text):
    """Split text into runs of non-space characters each followed by the
    whitespace after it (what the regex \\S*\\s* finds, minus the empty
    match at the end)."""
    words = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        while i < n and not text[i].isspace():
            i += 1
        while i < n and text[i].isspace():
            i += 1
        words.append(text[start:i])
        start = i
    return words
