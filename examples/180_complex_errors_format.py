# complex: the errors CPython raises and the format mini-language.
cases = [
    "(1+2j) // 2", "(1+2j) % 2", "divmod(1j, 2)", "2 // 1j", "int(1j)",
    "float(1j)", "1j < 2j", "1j >= 2", "round(1j)", "pow(1j, 2, 3)",
    "1j / 0", "1j / 0j", "0j ** -1", "0j ** 1j", "~1j", "1j & 1",
    "complex('1+2j', 2)", "complex(1j, 'x')", "complex('x')", "complex('')",
    "complex('1+2jj')", "complex('(1+2j')", "complex(None)", "complex(1, None)",
    "complex([])", "complex(b'1')", "complex(10 ** 400)", "10 ** 400 * 1j",
    "complex(1, 2, 3)", "complex(x=1)", "1j + 'a'", "'a' * 1j",
    "abs(complex(1e308, 1e308))", "(1e200 + 1e200j) ** 2", "(1e200 + 1j) ** 2.5",
]
for src in cases:
    try:
        print(src, "->", eval(src))
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)

z = 1 + 2j
for spec in ["", ">20", "<20", "^20", "*^20", ".3f", "+.2e", "g", "+", " ",
             "^30.2e", "#", ".0f", "10.3g", "n", "F", "E", "_"]:
    print(repr(spec), repr(format(z, spec)), repr(format(2.5j, spec)))
print(format(3e10 + 4j, ","), format(-0.0 - 1j, ""), format(complex(-0.0, 5), "g"))
print(f"{z}|{z!r}|{z:.1f}|{-z:10}|{z.real:+.3f}{z.imag:+.3f}j")
for spec in ["010", "=10", "d", "%", "x", ".2s"]:
    try:
        print(format(z, spec))
    except ValueError as e:
        print(spec, "->", e)
