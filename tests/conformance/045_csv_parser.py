DATA = '''name,dept,salary,start
"Smith, John",Engineering,85000,2019-03-01
Jane Doe,Marketing,62000,2020-07-15
"O'Brien, Pat","Sales ""East""",58000,2018-11-30
Li Wei,Engineering,91000,2017-01-09
,Unknown,,2021-05-05
Ana Ruiz,Marketing,70500,2022-02-28
'''


def parse_line(line, sep=","):
    fields, field, in_quotes, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == sep:
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    if in_quotes:
        raise ValueError(f"unterminated quote in {line!r}")
    fields.append("".join(field))
    return fields


def read_records(text):
    lines = text.strip().splitlines()
    header = parse_line(lines[0])
    for n, line in enumerate(lines[1:], start=2):
        values = parse_line(line)
        if len(values) != len(header):
            raise ValueError(f"line {n}: expected {len(header)} fields")
        yield dict(zip(header, values))


def quote(value):
    s = str(value)
    if any(c in s for c in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


records = list(read_records(DATA))
for r in records:
    print(r)
valid = [r for r in records if r["name"] and r["salary"]]
for r in valid:
    r["salary"] = int(r["salary"])
    y, m, d = map(int, r["start"].split("-"))
    r["start"] = (y, m, d)
by_dept = {}
for r in valid:
    by_dept.setdefault(r["dept"], []).append(r)
for dept in sorted(by_dept):
    people = by_dept[dept]
    avg = sum(p["salary"] for p in people) / len(people)
    senior = min(people, key=lambda p: p["start"])["name"]
    print(f"{dept:<14} n={len(people)} avg={avg:>10,.1f} senior={senior}")
out = [",".join(quote(k) for k in ("name", "dept", "salary"))]
out += [",".join(quote(r[k]) for k in ("name", "dept", "salary")) for r in valid]
print("\n".join(out))
print(all(parse_line(line) == [r["name"], r["dept"], str(r["salary"])] for line, r in zip(out[1:], valid)))
try:
    parse_line('a,"b,c')
except ValueError as e:
    print("ValueError:", e)
print(parse_line("a;b;;c", sep=";"), parse_line(""), parse_line('""'), parse_line('"",x'))
