MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def weekday(y, m, d):
    """Zeller-style: 0 = Monday."""
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d - 1) % 7


def month_lines(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * weekday(y, m, 1) + [f"{d:2d}" for d in range(1, days_in(y, m) + 1)]
    cells += ["  "] * (-len(cells) % 7)
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines


def print_quarter(y, months):
    blocks = [month_lines(y, m) for m in months]
    height = max(map(len, blocks))
    for block in blocks:
        block += [""] * (height - len(block))
    for row in zip(*blocks):
        print("   ".join(f"{cell:<20}" for cell in row).rstrip())


print("\n".join(month_lines(2024, 2)))
print()
print_quarter(2025, [1, 2, 3])
print()
fridays = [(y, m) for y in range(2023, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13ths:", [f"{MONTHS[m - 1][:3]} {y}" for y, m in fridays])
print([sum(days_in(y, m) for m in range(1, 13)) for y in (1900, 2000, 2023, 2024)])
names = "Mon Tue Wed Thu Fri Sat Sun".split()
print(names[weekday(1969, 7, 20)], names[weekday(2000, 1, 1)], names[weekday(1, 1, 1)])
