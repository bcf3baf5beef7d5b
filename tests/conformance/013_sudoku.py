PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    return [[0 if ch == "." else int(ch) for ch in line] for line in text.split()]


def units(grid):
    for r in range(9):
        yield f"row {r}", grid[r]
    for c in range(9):
        yield f"col {c}", [grid[r][c] for r in range(9)]
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            yield f"box {br // 3},{bc // 3}", [grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]


def check(grid):
    problems = []
    for name, unit in units(grid):
        filled = [v for v in unit if v]
        if len(filled) != len(set(filled)):
            dupes = sorted({v for v in filled if filled.count(v) > 1})
            problems.append(f"{name}: duplicate {dupes}")
    return problems


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = r - r % 3, c - c % 3
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]


def solve(grid, stats):
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for v in cands:
        stats["guesses"] += 1
        grid[r][c] = v
        if solve(grid, stats):
            return True
    grid[r][c] = 0
    return False


def show(grid):
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            print("------+-------+------")
        print(" | ".join(" ".join(str(v or ".") for v in row[i:i + 3]) for i in (0, 3, 6)))


grid = parse(PUZZLE)
print(check(grid))
stats = {"guesses": 0}
print(solve(grid, stats), stats)
show(grid)
print(check(grid), all(sorted(u) == list(range(1, 10)) for _, u in units(grid)))
bad = [row[:] for row in grid]
bad[0][0], bad[0][1] = bad[0][1], bad[0][0]
bad[4][4] = bad[4][5]
for p in check(bad):
    print(p)
