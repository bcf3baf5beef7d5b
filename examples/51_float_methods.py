# float methods, attributes and dunders.
print((2.5).is_integer(), (2.0).is_integer(), (-0.0).is_integer(), float('inf').is_integer())
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e20).as_integer_ratio())
print((0.1).as_integer_ratio(), (0.0).as_integer_ratio(), (5e-324).as_integer_ratio()[0])
print((1.0).hex(), (0.1).hex(), (-0.0).hex(), (5e-324).hex(), float('inf').hex(), (1e300).hex())
print((2.2250738585072014e-308).hex(), (-123.456).hex(), float('nan').hex())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x.8'), float.fromhex('inf'), float.fromhex(' 0x1p-1074 '))
print(float.fromhex('0x1.fffffffffffffp+1023'), float.fromhex('0X10'), float.fromhex('1p4'))
print(float.fromhex((0.1).hex()) == 0.1, float.fromhex('0x1.00000000000008p0'), float.fromhex('0x1.00000000000018p0'))
for bad in [lambda: float.fromhex('0x1p1024'), lambda: float.fromhex('xyz'),
            lambda: float('inf').as_integer_ratio(), lambda: float('nan').as_integer_ratio(),
            lambda: float('nan').__trunc__(), lambda: float('inf').__floor__(),
            lambda: float.hex(1), lambda: (1.5).__invert__()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print((2.5).__round__(), (3.5).__round__(), (-2.5).__round__(), (2.7).__trunc__(), (-2.7).__floor__())
print((-2.7).__ceil__(), (2.5).__int__(), (2.5).__float__(), (2.5).real, (2.5).imag, (2.5).conjugate())
print((1.5).__lt__(2), (1.5).__eq__("x"), (1.5).__divmod__(0.4), (7.0).__rfloordiv__(2))
print((2.0).__pow__(0.5), (2.0).__rpow__(3), (-1.5).__abs__(), (1.5).__neg__(), (0.0).__bool__())
print((1.5).__add__(1), (1.5).__radd__(2), (2.0).__rsub__(5), float.__mul__(2.0, 3), (3.0).__eq__(3))
print(hash(1.5), hash(2.0) == hash(2), hash(-0.0), hash(float('inf')), hash(1e300) == hash(10 ** 300))
print(float.__truediv__(1.0, 4), (7.5).__mod__(2), (-7.5).__rmod__(2), (1.5).__ne__(1.5))
