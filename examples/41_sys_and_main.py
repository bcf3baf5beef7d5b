import sys

# The main script runs as module __main__.
print(__name__)

def main(args):
    print("main called with", args)
    return 0

if __name__ == "__main__":
    status = main(sys.argv[1:])
    print("status", status)

# sys.argv[0] is the script as given on the command line.
print(sys.argv[0].endswith("41_sys_and_main.py"), len(sys.argv))
print(type(sys.argv).__name__)

# sys.stdout and sys.stderr are file objects.
sys.stdout.write("via sys.stdout.write\n")
sys.stderr.write("via sys.stderr.write\n")
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"))

# Recursion limit and max size.
print(sys.getrecursionlimit())
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1)

# Imported modules are objects with attributes.
print(type(sys).__name__, sys.__name__)
import sys as system
print(system is sys)

# Classes and functions defined here live in __main__.
class Local:
    pass

print(Local.__module__, main.__module__, repr(Local))
print(main.__name__, Local.__name__)

# sys.exit with no argument (or 0) ends the program with status 0.
print("about to exit")
sys.exit()
print("never printed")
