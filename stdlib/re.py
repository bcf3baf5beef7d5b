"""Regular expressions: CPython's `re` API (str patterns) on top of the
native matcher `_sre` (src/modules/re/). Patterns are parsed, compiled and
matched in Rust; this module holds the Python-level objects: the flags,
`error`, `Pattern` and `Match`, and the module functions with their cache."""

import enum
import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXPOS = 9223372036854775807

# Member order of CPython's RegexFlag (what a flag's repr lists).
_FLAG_NAMES = [
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
]
# The order pattern reprs list flags in (CPython's pattern_repr).
_REPR_FLAGS = [
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
    ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
    ("ASCII", 256),
]


def _flag_text(value, table):
    names = []
    for name, bit in table:
        if value & bit:
            names.append("re." + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return "|".join(names)


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        known = 0
        for _, bit in _FLAG_NAMES:
            known |= bit
        if not value & known:
            return "re.RegexFlag(%d)" % value
        return _flag_text(value, _FLAG_NAMES)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec)


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """Exception raised for invalid regular expressions (CPython's
    re.error: msg, pattern, pos, lineno, colno)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class _Immutable:
    # Patterns and matches never change: copies are the object itself, and
    # subscripting the class (re.Pattern[str]) gives the class.
    __slots__ = ()

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class Pattern(_Immutable):
    """A compiled regular expression."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_fl")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def match(self, string, pos=0, endpos=_MAXPOS):
        return _sre.match(self.pattern, self._fl, string, pos, endpos, 0, self, Match)

    def search(self, string, pos=0, endpos=_MAXPOS):
        return _sre.match(self.pattern, self._fl, string, pos, endpos, 1, self, Match)

    def fullmatch(self, string, pos=0, endpos=_MAXPOS):
        return _sre.match(self.pattern, self._fl, string, pos, endpos, 2, self, Match)

    def findall(self, string, pos=0, endpos=_MAXPOS):
        return _sre.findall(self.pattern, self._fl, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXPOS):
        return iter(_sre.matches(self.pattern, self._fl, string, pos, endpos, 0, self, Match))

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if isinstance(repl, str):
            return _sre.sub(self.pattern, self._fl, repl, string, count, error)
        if not callable(repl):
            if isinstance(repl, bytes):
                raise TypeError("expected str instance, bytes found")
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
        found = _sre.matches(self.pattern, self._fl, string, 0, _MAXPOS, count, self, Match)
        parts = []
        last = 0
        for m in found:
            spans = m._spans
            if spans[1] > last:
                parts.append(string[last:spans[1]])
            parts.append(repl(m))
            last = spans[2]
        parts.append(string[last:])
        return "".join(parts), len(found)

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            _sre.scan(self.pattern, self._fl, string, 0, 0, 1)
            return [string]
        spans = _sre.scan(self.pattern, self._fl, string, 0, _MAXPOS, maxsplit)
        out = []
        last = 0
        groups = self.groups
        for r in spans:
            out.append(string[last:r[1]])
            for g in range(1, groups + 1):
                s = r[2 * g + 1]
                out.append(string[s:r[2 * g + 2]] if s >= 0 else None)
            last = r[2]
        out.append(string[last:])
        return out

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags
        if flags & (4 | 32 | 256) == 32:
            flags &= ~32
        if not flags:
            return "re.compile(%s)" % text
        return "re.compile(%s, %s)" % (text, _flag_text(flags, _REPR_FLAGS))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))



def _new_pattern(pattern, flags):
    info = _sre.compile(pattern, flags, error)
    p = object.__new__(Pattern)
    p.pattern = pattern
    p._fl = flags
    p.flags = info[0]
    p.groups = info[1]
    p.groupindex = info[2]
    return p


class Match(_Immutable):
    """The result of a successful match."""

    # Instances are made by _sre, which also provides the hot accessors.
    group = _sre.match_group
    __getitem__ = _sre.match_getitem
    start = _sre.match_start
    end = _sre.match_end
    span = _sre.match_span
    groups = _sre.match_groups

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        else:
            try:
                group = group.__index__()
            except (AttributeError, TypeError):
                raise IndexError("no such group") from None
            if 0 <= group <= self.re.groups:
                return group
        raise IndexError("no such group")

    def _get(self, index, default=None):
        spans = self._spans
        start = spans[2 * index + 1]
        if start < 0:
            return default
        return self.string[start:spans[2 * index + 2]]

    def groupdict(self, default=None):
        return {name: self._get(index, default)
                for name, index in self.re.groupindex.items()}

    @property
    def regs(self):
        spans = self._spans
        return tuple([(spans[2 * i + 1], spans[2 * i + 2])
                      for i in range(self.re.groups + 1)])

    @property
    def lastgroup(self):
        last = self.lastindex
        if last is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == last:
                return name
        return None

    def expand(self, template):
        return _sre.expand(self.re.pattern, self.re._fl, template,
                           self.string, self._spans, error)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[1], self._spans[2], repr(self._get(0))[:50])



_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags):
    try:
        return _cache[pattern, flags]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, bytes):
            raise NotImplementedError("wisp's re supports str patterns only")
        raise TypeError("first argument must be string or compiled pattern")
    p = _new_pattern(pattern, int(flags))
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[pattern, flags] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Replace the leftmost non-overlapping occurrences of the pattern."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "Like sub, also returning the number of substitutions made."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the string by the occurrences of the pattern."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "Return a list of all non-overlapping matches in the string."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "Return an iterator over all non-overlapping matches in the string."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches."
    _cache.clear()
    _sre.purge()


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    raise TypeError("escape() argument must be str")
