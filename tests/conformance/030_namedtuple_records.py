from collections import namedtuple
from operator import attrgetter, itemgetter

Employee = namedtuple("Employee", ["name", "dept", "salary", "age"])
Point = namedtuple("Point", "x y", defaults=[0])


class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

    def __str__(self):
        return f"<{self.x}, {self.y}, {self.z}>"


staff = [
    Employee("alice", "eng", 120000, 34),
    Employee("bob", "eng", 95000, 45),
    Employee("carol", "sales", 70000, 29),
    Employee("dan", "sales", 70000, 51),
    Employee("erin", "hr", 65000, 38),
    Employee._make(["frank", "eng", 95000, 27]),
]
print(staff[0], staff[0].salary, staff[0][1], len(staff[0]))
for e in sorted(staff, key=attrgetter("dept", "name")):
    print(f"  {e.dept:<6}{e.name:<7}{e.salary:>8,}")
for e in sorted(staff, key=lambda e: (-e.salary, e.age)):
    print(f"  {e.name} {e.salary} {e.age}")
print(sorted(staff, key=itemgetter(3))[0].name, max(staff, key=attrgetter("age")).name)
raise_ = [e._replace(salary=int(e.salary * 1.1)) for e in staff if e.dept == "sales"]
print(raise_)
print(staff[2]._asdict(), Employee._fields, Employee.__name__)
name, dept, *rest = staff[4]
print(name, dept, rest)
p = Point(3)
print(p, Point(1, 2), Point._field_defaults, p == (3, 0), p + (9,), hash(p) == hash((3, 0)))
q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(z=0), isinstance(q, tuple))
try:
    q.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Employee("x", "y")
except TypeError as e:
    print("TypeError:", e)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.salary)
print({d: sum(s) / len(s) for d, s in sorted(by_dept.items())})
print(dict(zip(Employee._fields, zip(*staff)))["name"])
