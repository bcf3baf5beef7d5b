# ExceptionGroup / BaseExceptionGroup: construction checks, split, subgroup, derive.
tests = ['ExceptionGroup()', 'ExceptionGroup("a")', 'ExceptionGroup(1, [])', 'ExceptionGroup("a", 5)', 'ExceptionGroup("a", [])', 'ExceptionGroup("a", [1])', 'ExceptionGroup("a", [ValueError(), 2])', 'ExceptionGroup("a", [KeyboardInterrupt()])', 'BaseExceptionGroup("a", [KeyboardInterrupt()])', 'ExceptionGroup("a", [ValueError()], x=1)', 'ExceptionGroup("a", [ValueError()], 3)', 'ExceptionGroup("a", (ValueError(1),)).args', 'ExceptionGroup("a", "xy")', 'ExceptionGroup("a", {ValueError()})', 'str(ExceptionGroup("a", [ValueError()]))', 'ExceptionGroup("a", [ValueError()]).split(1)', 'ExceptionGroup("a", [ValueError()]).split(ValueError)', 'ExceptionGroup("a", [ValueError()]).subgroup(TypeError)', 'ExceptionGroup("a", [ValueError()]).split((TypeError, ValueError))', 'ExceptionGroup.__mro__', 'BaseExceptionGroup.__mro__', 'ExceptionGroup("a", [ValueError()]).derive([KeyError()])', 'ExceptionGroup("a", [ValueError()]).__dict__', 'ExceptionGroup("a", [ValueError()]).split(lambda e: True)', 'ExceptionGroup("a", [ValueError()]).split(ExceptionGroup)', 'ExceptionGroup("a", [ValueError()]).split(int)', 'ExceptionGroup("a", [ValueError()]).split((int,))', 'str(ExceptionGroup("a", [ValueError(), KeyError()]))']
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__ + ':', e)
class MyEG(ExceptionGroup): pass
try: MyEG('x', [KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
class MyBEG(BaseExceptionGroup): pass
print(repr(MyBEG('x', [ValueError()])), type(MyBEG('x', [ValueError()])).__mro__)
e = MyEG('m', [ValueError(1), TypeError(2)])
print(repr(e.split(ValueError)))
print(e.message, e.exceptions, e.args)
try:
    e.message = 'x'
except Exception as x: print(type(x).__name__, x)
