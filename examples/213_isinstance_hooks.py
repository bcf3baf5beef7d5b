import typing
from typing import List, Dict, Optional
print(isinstance([], typing.List), isinstance({}, typing.Dict), isinstance(1, typing.List))
print(issubclass(list, typing.List), issubclass(int, typing.Sequence) if hasattr(typing, "Sequence") else None)
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
class Even:
    def __instancecheck__(self, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(self, cls):
        return cls is bool
print(isinstance(4, Even()), isinstance(3, Even()), issubclass(bool, Even()), issubclass(int, Even()))
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, 5)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, (str, int)), issubclass(bool, (str, int)))
from typing import Union
for spec in (Optional[int], Union[int, str]):
    try:
        print(isinstance(1, spec))
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(None, Optional[int]), isinstance("s", Optional[int]), issubclass(bool, Union[int, str]))
try:
    isinstance(1, Optional[List[int]])
except TypeError as e:
    print("TypeError:", e)
