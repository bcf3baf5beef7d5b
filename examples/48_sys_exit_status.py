import sys

# sys.exit(n) raises SystemExit; the program ends with status n and no
# traceback. finally blocks and except handlers see it on the way out.
def shutdown(code):
    try:
        print("shutting down with", code)
        sys.exit(code)
    finally:
        print("finally runs during sys.exit")

try:
    shutdown(5)
except SystemExit as e:
    print("caught SystemExit", e.code, type(e).__name__)

print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))

# except Exception does not catch SystemExit.
try:
    try:
        sys.exit(7)
    except Exception:
        print("not printed")
except SystemExit as e:
    print("outer handler got", e.code)

print("exiting for real")
shutdown(3)
print("never printed")
