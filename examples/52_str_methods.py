# str methods against CPython's edge cases.
print('  a b  c  '.split(None, 1), ' a\x1cb '.split(), 'a,b,,c'.split(',', 2), ''.split(), ''.split(','))
print('a b c'.rsplit(None, 1), '  x  y '.rsplit(maxsplit=1), 'a,b,c'.rsplit(',', 1), 'a\u3000b'.split())
print('a\nb\r\nc\rd\x0be'.splitlines(), 'a\nb\n'.splitlines(True), 'x\u2028y'.splitlines(keepends=True))
print('xxhixx'.strip('x'), repr(' hi '.rstrip(None)), repr('\x1c hi'.lstrip()), 'abcba'.strip('ab'))
print('abc'.center(6, '*'), 'abc'.center(7, '*'), 'ab'.center(5), 'ab'.center(6, '-'), 'x'.ljust(3, '.'), 'x'.rjust(3))
print("they're bill's 1st friends".title(), 'ǆemal'.title(), 'ǆ'.capitalize(), 'hello WORLD'.capitalize())
print('héllo wörld'.find('ö'), 'héllo'.find('l', 3), 'abc'.find('', 3), 'abc'.find('', 4), 'héllo'.rfind('l'))
print('abc'.count(''), 'abc'.count('', 5), 'abc'.count('', 1, 2), 'aaaa'.count('aa'), 'abcabc'.index('c', 3))
print('abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.startswith(('x', 'ab')), 'abc'.endswith('bc', 0, 3))
print('aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'abab'.replace('ab', 'x', 1))
print(repr('a\tbc\td'.expandtabs(4)), repr('\tx\n\ty'.expandtabs()), '-42'.zfill(6), '+7'.zfill(4), 'x'.zfill(3))
for c in ['2', '²', '½', '٣', '一', 'a', '', 'Ⅻ', ' ', '\x1f']:
    print(repr(c), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalnum(), c.isalpha(), c.isspace(), c.isprintable())
print('ß'.casefold(), 'ΣΑΣ'.lower(), 'ß'.upper(), 'Straße'.casefold() == 'STRASSE'.casefold(), 'aBc'.swapcase())
print('Hello World'.istitle(), 'hello'.islower(), 'HELLO1'.isupper(), '_x1'.isidentifier(), '1x'.isidentifier())
print('{a}-{b}'.format_map({'a': 1, 'b': 2}), '{0}{1}{0}'.format('x', 'y'), '{x[0]}'.format(x=[7]))
print('abc'.translate({97: 'X', 98: None}), str.maketrans('ab', 'xy', 'c'), 'abcd'.translate(str.maketrans('ab', 'xy', 'c')))
print(str.maketrans({'a': 'b', 3: None}), 'abc'.translate(str.maketrans({'a': 'zz'})))
print('héllo'.encode(), 'héllo'.encode('latin-1'), 'héllo'.encode('ascii', 'replace'), 'héé'.encode('ascii', 'ignore'))
print('hé'.encode('ascii', 'backslashreplace'), 'hé'.encode('ascii', 'xmlcharrefreplace'), 'x'.encode(encoding='UTF_8'))
for bad in [lambda: 'é'.encode('ascii'), lambda: 'aéé'.encode('ascii'), lambda: 'x'.encode('rot13x'),
            lambda: 'a'.ljust(3, 'xy'), lambda: 'a'.center(3, 1), lambda: 'abc'.index('z'),
            lambda: 'a'.split(''), lambda: 'a'.strip(1), lambda: str.maketrans('ab', 'c'),
            lambda: '{x}'.format_map({}), lambda: 'a' + 1, lambda: 'a'.join([1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print('ab'.__add__('c'), 'ab'.__mul__(3), 'ab'.__rmul__(2), 'a'.__eq__('a'), 'a'.__lt__('b'), 'a'.__eq__(1))
print('ab'.__len__(), list('ab'.__iter__()), 'x'.__hash__() == hash('x'), 'ab'.__contains__('b'), 'abc'.__getitem__(1))
print(str.__format__('ab', ''), 'a b'.partition(' '), 'a b c'.rpartition(' '), 'abc'.removeprefix('ab'), 'abc'.removesuffix('bc'))
print(hasattr('', '__reversed__'), 'abc'[::-1], 'héllo'[1:4], 'héllo'[-1], 'x'.__mod__(()))
