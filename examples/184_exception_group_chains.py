# An uncaught exception group: CPython prints nested boxes on stderr (exit status 1).
def work(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")

def batch():
    errors = []
    for i in range(3):
        try:
            work(i)
        except Exception as e:
            errors.append(e)
    try:
        raise ExceptionGroup("batch", errors)
    except* ValueError:
        raise RuntimeError("values failed")

def outer():
    try:
        batch()
    except* TypeError as eg:
        print("types:", eg.exceptions)
        raise
    
try:
    outer()
except Exception as e:
    print("caught", repr(e))
    print(type(e).__name__)
    raise KeyError("final") from e
