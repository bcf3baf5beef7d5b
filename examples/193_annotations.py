def f(x: int, y: "str" = "a") -> bool:
    return True
print(f.__annotations__)
x: int = 5
print(__annotations__)
class C:
    a: int
    b: str = "x"
print(C.__annotations__)
class A:
    x: int
class B(A):
    pass
print(B.__annotations__, A.__annotations__, "__annotations__" in B.__dict__)
def g(): pass
print(g.__annotations__)
g.__annotations__ = {"a": 1}
print(g.__annotations__)
def outer():
    y: int = 3
    z: undefined_name
    return y
print(outer())
class C:
    n: int = 0
    self_ref: "C"
print(C.__annotations__, C.n)
lam = lambda x: x
print(lam.__annotations__)
