def match(pattern, text):
    """Glob matching with *, ? and [abc]/[a-z]/[!x] classes (iterative with backtracking)."""
    p = t = 0
    star_p, star_t = -1, 0
    while t < len(text):
        if p < len(pattern) and pattern[p] == "*":
            star_p, star_t = p, t
            p += 1
            continue
        if p < len(pattern):
            ok, width = single(pattern, p, text[t])
            if ok:
                p += width
                t += 1
                continue
        if star_p >= 0:
            star_t += 1
            p, t = star_p + 1, star_t
            continue
        return False
    while p < len(pattern) and pattern[p] == "*":
        p += 1
    return p == len(pattern)


def single(pattern, p, ch):
    c = pattern[p]
    if c == "?":
        return True, 1
    if c == "[":
        end = pattern.find("]", p + 2)
        if end == -1:
            return ch == "[", 1
        body = pattern[p + 1:end]
        negate = body.startswith("!")
        if negate:
            body = body[1:]
        hit, i = False, 0
        while i < len(body):
            if i + 2 < len(body) and body[i + 1] == "-":
                hit |= body[i] <= ch <= body[i + 2]
                i += 3
            else:
                hit |= body[i] == ch
                i += 1
        return hit != negate, end - p + 1
    return c == ch, 1


def match_rec(pattern, text):
    if not pattern:
        return not text
    if pattern[0] == "*":
        return match_rec(pattern[1:], text) or bool(text) and match_rec(pattern, text[1:])
    if not text:
        return False
    ok, width = single(pattern, 0, text[0])
    return ok and match_rec(pattern[width:], text[1:])


FILES = ["main.rs", "lib.rs", "README.md", "test_a.py", "test_b.py", "setup.py", "a.out",
         "data1.csv", "data2.csv", "data10.csv", "notes.txt", ".hidden", "Makefile"]
for pattern in ["*.rs", "test_?.py", "data[0-9].csv", "data*.csv", "*", "[!.]*", "*.*.*",
                "[A-Z]*", "?", "*[0-9]*", "[a-c]*.*", "*.[!p]*"]:
    hits = [f for f in FILES if match(pattern, f)]
    assert hits == [f for f in FILES if match_rec(pattern, f)], pattern
    print(f"{pattern:<14} {hits}")
cases = [("", ""), ("*", ""), ("?", ""), ("a*b*c", "aXXbYYc"), ("a*b*c", "abcabd"), ("**a", "bba"), ("[", "["), ("[]", "[]")]
print([(p, t, match(p, t)) for p, t in cases])
