def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    board = []

    def place(row):
        if row == n:
            yield tuple(board)
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            board.append(c)
            yield from place(row + 1)
            board.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)

    return place(0)


def render(solution):
    n = len(solution)
    return "\n".join(" ".join("Q" if solution[r] == c else "." for c in range(n)) for r in range(n))


for n in range(1, 9):
    sols = list(solve(n))
    print(f"{n}-queens: {len(sols)} solutions")
first = next(solve(8))
print(first)
print(render(first))


def canonical(sol):
    n = len(sol)
    variants = []
    cur = list(sol)
    for _ in range(4):
        rotated = [0] * n
        for r, c in enumerate(cur):
            rotated[c] = n - 1 - r
        cur = rotated
        variants.append(tuple(cur))
        variants.append(tuple(n - 1 - c for c in cur))
    return min(variants)


unique = sorted({canonical(s) for s in solve(8)})
print("unique 8-queens:", len(unique))
print(unique[:3])
gen = solve(6)
print(next(gen), next(gen))
print(list(gen))
