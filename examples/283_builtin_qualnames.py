# __name__ and __qualname__ of built-in functions and methods.
import math
print([].append.__qualname__, len.__qualname__, {}.get.__qualname__, str.upper.__qualname__, (1).bit_length.__qualname__, object.__init__.__qualname__, [].__len__.__qualname__)
print([].append.__name__, len.__name__, {}.get.__name__, str.upper.__name__, math.sqrt.__qualname__, set().add.__qualname__, "".join.__qualname__)
