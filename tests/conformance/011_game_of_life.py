from itertools import product


class Life:
    def __init__(self, width, height, alive=()):
        self.width, self.height = width, height
        self.alive = set(alive)
        self.generation = 0

    @classmethod
    def from_text(cls, text):
        rows = [r for r in text.strip("\n").split("\n")]
        alive = {(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"}
        return cls(max(map(len, rows)), len(rows), alive)

    def neighbours(self, x, y):
        for dx, dy in product((-1, 0, 1), repeat=2):
            if (dx, dy) != (0, 0):
                yield (x + dx) % self.width, (y + dy) % self.height

    def step(self):
        counts = {}
        for cell in self.alive:
            for n in self.neighbours(*cell):
                counts[n] = counts.get(n, 0) + 1
        self.alive = {c for c, n in counts.items() if n == 3 or (n == 2 and c in self.alive)}
        self.generation += 1

    def __str__(self):
        return "\n".join(
            "".join("#" if (x, y) in self.alive else "." for x in range(self.width))
            for y in range(self.height))


glider = Life.from_text("""
.#......
..#.....
###.....
........
........
........
""")
for _ in range(4):
    print(f"gen {glider.generation}: {len(glider.alive)} alive")
    print(glider)
    glider.step()
print(sorted(glider.alive))

blinker = Life(5, 5, {(1, 2), (2, 2), (3, 2)})
seen = []
while str(blinker) not in seen:
    seen.append(str(blinker))
    blinker.step()
print("blinker period", len(seen) - seen.index(str(blinker)))

random_ish = Life(10, 10, {((i * 7) % 10, (i * 3) % 10) for i in range(30)} | {(i, i) for i in range(10)})
history = {}
while str(random_ish) not in history and random_ish.generation < 60:
    history[str(random_ish)] = random_ish.generation
    random_ish.step()
print("stopped at", random_ish.generation, "population", len(random_ish.alive))
print(random_ish)
