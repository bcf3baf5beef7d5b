def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [tuple(i) for i in out]


def insert(intervals, new):
    return merge(intervals + [new])


def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def free_slots(busy, day=(9 * 60, 17 * 60), min_len=30):
    slots, cursor = [], day[0]
    for s, e in merge(busy):
        if s - cursor >= min_len:
            slots.append((cursor, s))
        cursor = max(cursor, e)
    if day[1] - cursor >= min_len:
        slots.append((cursor, day[1]))
    return slots


def hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def max_overlap(intervals):
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    best = cur = 0
    for _, delta in events:
        cur += delta
        best = max(best, cur)
    return best


print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9)]))
print(merge([]), merge([(5, 5)]), merge([(1, 4), (4, 5)]), merge([(1, 10), (2, 3), (4, 5)]))
print(insert([(1, 2), (3, 5), (6, 7), (8, 10), (12, 16)], (4, 8)))
print(intersect([(0, 2), (5, 10), (13, 23), (24, 25)], [(1, 5), (8, 12), (15, 24), (25, 26)]))
meetings = {
    "ann": [(9 * 60, 10 * 60), (12 * 60, 13 * 60), (15 * 60 + 30, 16 * 60)],
    "bob": [(9 * 60 + 30, 11 * 60), (12 * 60 + 30, 14 * 60)],
    "cy": [(16 * 60 + 40, 17 * 60)],
}
all_busy = [m for ms in meetings.values() for m in ms]
for s, e in free_slots(all_busy):
    print(f"free {hhmm(s)}-{hhmm(e)} ({e - s} min)")
for who in sorted(meetings):
    print(who, ", ".join(f"{hhmm(s)}-{hhmm(e)}" for s, e in free_slots(meetings[who], min_len=60)))
print(max_overlap(all_busy), max_overlap([(1, 5), (2, 6), (3, 7), (5, 8)]))
total_busy = sum(e - s for s, e in merge(all_busy))
print(f"busy {total_busy} min = {total_busy / 480:.1%} of the day")
