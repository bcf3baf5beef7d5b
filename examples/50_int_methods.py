# int methods, attributes and dunders.
x = 10 ** 30
print((255).bit_length(), (-8).bit_length(), x.bit_length(), (0).bit_length())
print((7).bit_count(), (-7).bit_count(), (2 ** 64 - 1).bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, byteorder='little'))
print((-1).to_bytes(2, 'big', signed=True), (5).to_bytes(), (0).to_bytes(3, 'little'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True))
print(int.from_bytes([1, 2], 'big'), int.from_bytes(bytes([0, 1] * 10), 'big'))
for bad in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'),
            lambda: (1).to_bytes(1, 'middle'), lambda: (-129).to_bytes(1, 'big', signed=True),
            lambda: (1).to_bytes(-1, 'big'), lambda: int.bit_length('x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print((5).real, (5).imag, (5).numerator, (5).denominator, True.real, x.numerator == x)
print((5).conjugate(), True.conjugate(), (7).as_integer_ratio(), (-3).as_integer_ratio())
print(int.__add__(3, 4), (5).__mul__(2), (5).__add__(1.5), int.__truediv__(7, 2))
print((3).__radd__(4), (2).__pow__(10), (2).__pow__(10, 7), (7).__divmod__(2), (7).__rdivmod__(20))
print((3).__eq__(3), (3).__eq__(3.0), (3).__lt__(4), (3).__sub__("a"), int.__mul__(2, 3.0))
print((3).__neg__(), (3).__invert__(), (-3).__abs__(), (3).__index__(), (3).__int__(), (3).__float__())
print((0).__bool__(), (3).__hash__(), (1234).__round__(-2), (1250).__round__(-2), (5).__trunc__())
print((5).__floor__(), (5).__ceil__(), (1 << 70).__rshift__(60), (6).__and__(3), (6).__rxor__(3))
print(True.__and__(False), True.__or__(1), True.__xor__(True), int.__and__(True, False))
print(True + True, (True).__add__(True), bool.__and__(True, 3), (True).__round__())
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(int.__add__(2 ** 64, 1), (2 ** 64).__floordiv__(3), (2 ** 64).__mod__(7), (-(2 ** 64)).__abs__())
