from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


@lru_cache(maxsize=None)
def minimax(board, player):
    w = winner(board)
    if w:
        return (1 if w == "X" else -1), None
    if "." not in board:
        return 0, None
    best = None
    for i, cell in enumerate(board):
        if cell != ".":
            continue
        nxt = board[:i] + player + board[i + 1:]
        score, _ = minimax(nxt, "O" if player == "X" else "X")
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, i)
    return best


def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


board, player = "." * 9, "X"
while not winner(board) and "." in board:
    score, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    print(f"{player} plays {move} (expects {score:+d})")
    player = "O" if player == "X" else "X"
print(show(board))
print("winner:", winner(board) or "draw")
print(minimax.cache_info().currsize, minimax("XX.OO....", "X"), minimax("XX.OO....", "O"))
for pos in ["X.O.X....", "OO.XX...X", "XOXOXOOXO"]:
    print(pos, winner(pos), minimax(pos, "O" if pos.count("X") > pos.count("O") else "X"))
games = 0


def count_games(board, player):
    global games
    if winner(board) or "." not in board:
        games += 1
        return
    for i, c in enumerate(board):
        if c == ".":
            count_games(board[:i] + player + board[i + 1:], "O" if player == "X" else "X")


count_games("X...O....", "X")
print("games after X0 O4:", games)
