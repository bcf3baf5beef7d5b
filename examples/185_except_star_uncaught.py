# except* re-raises what no clause handled, grouped with what the handlers raised.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("caught", repr(e))
    raise KeyError("new")
