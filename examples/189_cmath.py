# cmath: square roots, exp/log, the polar form and closeness, with CPython's
# results at zeros, infinities and NaNs.
import cmath

inf, nan = float("inf"), float("nan")
for z in [4, -4, 1j, -1j, 3 + 4j, -3 - 4j, complex(-0.0, 0.0), complex(-inf, 1), complex(1, inf), complex(nan, 2)]:
    print(f"sqrt({z!r}) = {cmath.sqrt(z)!r}")
for z in [0, 1, 1j * cmath.pi, 2 + 3j, complex(-inf, 0), complex(inf, 2), complex(nan, 0.0)]:
    print(f"exp({z!r}) = {cmath.exp(z)!r}")
for z in [1, -1, 1j, 10 + 10j, 0.8 + 0.6j, 1e-320j, complex(inf, -inf)]:
    print(f"log({z!r}) = {cmath.log(z)!r}  log10 = {cmath.log10(z)!r}")
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j))
for z in [1, -1, 1j, -1j, 1 + 1j, complex(-1, -0.0), complex(nan, 1)]:
    r, phi = cmath.polar(z)
    print(f"polar({z!r}) = ({r!r}, {phi!r}) rect -> {cmath.rect(r, phi)!r}")
print(cmath.rect(2, cmath.pi / 2), cmath.rect(inf, 0.0), cmath.rect(0.0, inf), cmath.rect(nan, 0.0))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, inf)), cmath.isnan(complex(nan, 0)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(1j, 0, abs_tol=1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)


class Z:
    def __complex__(self):
        return 2j


print(cmath.sqrt(Z()), cmath.phase(Z()))
for bad in ["cmath.sqrt('x')", "cmath.log(0)", "cmath.log(1, 1)", "cmath.rect(1j, 0)", "cmath.rect(1, inf)",
            "cmath.exp(1000)", "cmath.exp(complex(1, inf))", "cmath.polar(complex(1e308, 1e308))",
            "cmath.isclose(1, 2, rel_tol=-1)", "cmath.phase(complex(1e308, 1e-310))"]:
    try:
        print(bad, eval(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(bad, "->", type(e).__name__, e)
