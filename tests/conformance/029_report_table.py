SALES = [
    ("north", "widget", 1200, 3.5),
    ("south", "widget", 800, 3.5),
    ("north", "gadget", 150, 24.99),
    ("east", "gizmo", 75, 120.0),
    ("south", "gadget", 310, 24.99),
    ("west", "widget", 0, 3.5),
    ("east", "widget", 2300, 3.25),
    ("west", "gizmo", 12, 119.5),
]


def table(rows, headers, aligns):
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    def line(cells):
        return "| " + " | ".join(f"{c:{a}{w}}" for c, a, w in zip(cells, aligns, widths)) + " |"
    out = [sep, line(headers), sep.replace("-", "=")]
    out += [line(r) for r in rows]
    out.append(sep)
    return "\n".join(out)


rows = []
for region, product, units, price in sorted(SALES, key=lambda s: (-s[2] * s[3], s[0])):
    revenue = units * price
    rows.append((region.title(), product, f"{units:,}", f"{price:.2f}", f"{revenue:,.2f}"))
print(table(rows, ("Region", "Product", "Units", "Price", "Revenue"), "<<>>>"))

totals = {}
for region, _, units, price in SALES:
    totals[region] = totals.get(region, 0) + units * price
grand = sum(totals.values())
for region, amount in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
    share = amount / grand
    print(f"{region:<6}{amount:>12,.2f}{share:>8.1%} {'*' * round(share * 40)}")
print(f"{'total':<6}{grand:>12,.2f}{1:>8.1%}")

values = [3.14159, -2.5, 1e6, 0.000123, 42, -0.0, float("inf"), float("nan")]
for v in values:
    print(f"|{v:10.3f}|{v:<+10.2e}|{v:^10g}|{v!r:>12}|{v:010.2f}|")
for n in [48, 65, -42, 255, 960]:
    print(f"{n:5d} {n:#06x} {n:#o} {n:08b} {n:+d} {n: d} {n:c}" if n >= 0 else f"{n:5d} {n:x} {n:+}")
print("%-8s|%8.3f|%5d|%x|%r|%%" % ("left", 2.71828, 42, 255, "q"))
print("{0}-{1}-{0} {name:>6} {2[1]} {3.imag}".format("a", "b", [7, 8], 2.5, name="nm"))
print(format(1234567.891, ",.1f"), format(0.5, ".0%"), format(12, "*^9"), format("abc", ".2"))
print(f"{'nested':{'>'}{12}}", f"{3.0:.{2}f}", f"{12345:_}", f"{True!s:>6}", f"{None}")
