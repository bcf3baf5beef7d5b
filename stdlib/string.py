"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


_sentinel_dict = {}


def _is_ident_start(ch):
    return ch == '_' or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z')


def _is_ident_char(ch):
    return _is_ident_start(ch) or ('0' <= ch <= '9')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _scan(self, convert, safe):
        # Hand-written equivalent of Template's pattern:
        # $$ | $identifier | ${identifier} | $<invalid>
        s = self.template
        delim = self.delimiter
        n = len(s)
        dl = len(delim)
        out = []
        i = 0
        while i < n:
            j = s.find(delim, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + dl
            if s[k:k + dl] == delim:
                out.append(delim)
                i = k + dl
                continue
            if k < n and _is_ident_start(s[k]):
                e = k + 1
                while e < n and _is_ident_char(s[e]):
                    e += 1
                out.append(convert(s[k:e], s[j:e]))
                i = e
                continue
            if k < n and s[k] == '{':
                e = k + 1
                if e < n and _is_ident_start(s[e]):
                    e += 1
                    while e < n and _is_ident_char(s[e]):
                        e += 1
                    if e < n and s[e] == '}':
                        out.append(convert(s[k + 1:e], s[j:e + 1]))
                        i = e + 1
                        continue
            if safe:
                out.append(delim)
                i = k
                continue
            self._invalid(k)
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(named, text):
            return str(mapping[named])
        return self._scan(convert, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(named, text):
            try:
                return str(mapping[named])
            except KeyError:
                return text
        return self._scan(convert, True)

    def is_valid(self):
        try:
            self._scan(lambda named, text: '', False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        ids = []

        def convert(named, text):
            if named not in ids:
                ids.append(named)
            return ''
        self._scan(convert, True)
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)
