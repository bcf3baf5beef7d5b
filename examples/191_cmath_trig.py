# cmath's trigonometric and hyperbolic functions (finite arguments), and
# math.asinh rounded exactly as CPython's C library rounds it.
import cmath
import math

points = [0, 1, -1, 1j, 2.5 + 1j, -3.25 - 0.5j, 0.75 + 1e-8j, 710 + 1j, 1e200j, 3 - 711.5j]
for name in ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    results = []
    for z in points:
        try:
            results.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            results.append(f"{type(e).__name__}({e})")
    print(name, results)
z = 0.3 + 0.4j
print(cmath.sin(cmath.asin(z)), cmath.tanh(cmath.atanh(z)), cmath.cos(z) ** 2 + cmath.sin(z) ** 2)
print([math.asinh(x) for x in [-4.723761221000595, 8.98440953341052, 9.81318919023618, 1e-300, 1e300]])
