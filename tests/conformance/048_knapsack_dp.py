def knapsack(items, capacity):
    n = len(items)
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (name, weight, value) in enumerate(items, 1):
        for w in range(capacity + 1):
            table[i][w] = table[i - 1][w]
            if weight <= w:
                table[i][w] = max(table[i][w], table[i - 1][w - weight] + value)
    chosen, w = [], capacity
    for i in range(n, 0, -1):
        if table[i][w] != table[i - 1][w]:
            name, weight, _ = items[i - 1]
            chosen.append(name)
            w -= weight
    return table[n][capacity], chosen[::-1]


def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = a[i] + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1], key=len)
    return dp[0][0]


def coin_change(coins, amount):
    best = [0] + [None] * amount
    for a in range(1, amount + 1):
        options = [best[a - c] for c in coins if c <= a and best[a - c] is not None]
        best[a] = min(options) + 1 if options else None
    return best[amount]


def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]


def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    import bisect
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            idx.append(i)
        else:
            tails[k] = x
            idx[k] = i
        prev[i] = idx[k - 1] if k else None
    out, i = [], idx[-1] if idx else None
    while i is not None:
        out.append(seq[i])
        i = prev[i]
    return out[::-1]


items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]
print(knapsack(items, 200))
print(knapsack(items, 400))
print(knapsack(items, 5))
for a, b in [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("", "abc"), ("kitten", "sitting")]:
    print(f"lcs({a!r}, {b!r}) = {lcs(a, b)!r}")
print([coin_change([1, 5, 10, 25], n) for n in (0, 3, 30, 99)], coin_change([2], 3), coin_change([3, 7], 11))
print(count_ways([1, 5, 10, 25, 50], 100), count_ways([2, 3], 7), count_ways([], 0))
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]), lis([]))
