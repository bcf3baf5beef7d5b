LOREM = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
         "liquor jugs! How vexingly quick daft zebras jump; sphinx of black quartz, "
         "judge my vow. Supercalifragilisticexpialidocious words are hard to wrap.")


def wrap(text, width):
    lines, line = [], []
    length = 0
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(" ".join(line))
                line, length = [], 0
            lines.append(word[:width - 1] + "-")
            word = word[width - 1:]
        extra = len(word) + (1 if line else 0)
        if length + extra > width:
            lines.append(" ".join(line))
            line, length = [word], len(word)
        else:
            line.append(word)
            length += extra
    if line:
        lines.append(" ".join(line))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


for width in (30, 18):
    print(f"== width {width} ==")
    lines = wrap(LOREM, width)
    for line in lines:
        print(f"|{line:<{width}}|")
    print()
    for line in lines[:-1]:
        print(f"|{justify(line, width)}|")
    print(f"|{lines[-1]:<{width}}|")
    print()
    for line in lines[:3]:
        print(f"|{line:^{width}}|", f"|{line:>{width}}|")
print(wrap("", 10), wrap("a b c", 1), wrap("abcdefghij", 4))
print("centered".center(20, "*"), "x".zfill(4), "-42".zfill(6), "ab".rjust(5, "."))
print("  strip me\t\n".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), " a  b ".split())
print("Title Case words".swapcase(), "hello world".title(), "tab\tsep".expandtabs(4))
