from collections import Counter, defaultdict


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, (center + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best


def anagram_groups(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w.lower()))].append(w)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def crack(cipher):
    freq = Counter(c for c in cipher.lower() if c.isalpha())
    common = freq.most_common(1)[0][0]
    return (ord(common) - ord("e")) % 26


def rle_encode(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon"]:
    print(f"{s!r:36} {is_palindrome(s)}")
print([longest_palindrome(s) for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba"]])
print(anagram_groups("listen silent enlist google inlets banana tinsel Elbow below stale tales steal".split()))
msg = "The quick brown fox jumps over the lazy dog. Meet me at the secret entrance, everyone!"
enc = caesar(msg, 13)
print(enc)
print(caesar(enc, -13) == msg, caesar("xyz XYZ", 3), crack(caesar(msg, 7)))
for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = rle_encode(s)
    print(f"{s!r:16} -> {e!r:12} -> {rle_decode(e) == s}")
print("".join(reversed("stressed")), "level"[::-1] == "level", "Hello"[::-2], "abc" * 3, "-".join("abc"))
print(ord("A"), chr(9731), "ß".upper(), "İ".lower().encode(), "ǅ".istitle(), "straße".casefold())
print("abc".translate(str.maketrans("abc", "xyz")), "hello world".replace("o", "0", 1), "a-b_c".partition("_"))
print("mississippi".find("ss"), "mississippi".rfind("ss"), "mississippi".count("ss"), "x".join(["1", "2"]))
