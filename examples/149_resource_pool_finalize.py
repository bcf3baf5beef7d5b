# A connection pool that uses weakref.finalize to return connections to the
# pool when the handle object that borrowed them is dropped.
import weakref


class Pool:
    def __init__(self, size):
        self.free = ["conn%d" % i for i in range(size)]
        self.in_use = set()

    def _release(self, conn):
        print("  releasing", conn)
        self.in_use.discard(conn)
        self.free.append(conn)

    def acquire(self):
        conn = self.free.pop(0)
        self.in_use.add(conn)
        handle = Handle(conn)
        handle._finalizer = weakref.finalize(handle, self._release, conn)
        return handle

    def status(self):
        return "free=%s in_use=%s" % (self.free, sorted(self.in_use))


class Handle:
    def __init__(self, conn):
        self.conn = conn

    def query(self, q):
        return "%s: %s" % (self.conn, q)

    def close(self):
        self._finalizer()


pool = Pool(3)
h1 = pool.acquire()
h2 = pool.acquire()
print(pool.status())
print(h1.query("select 1"))
print("explicit close of h1")
h1.close()
print(pool.status())
print("dropping h1 after close (no second release)")
del h1
print(pool.status())
print("dropping h2 without close")
h2 = None
print(pool.status())


def work():
    h = pool.acquire()
    print("  in work:", h.query("update"))
    return "done"


print("work:", work())
print(pool.status())
keep = pool.acquire()
print("exiting with one handle held:", pool.status())
