ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall", "up": "attic"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["wine"], "dark": True},
    "attic": {"desc": "a locked attic", "exits": {"down": "library"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.commands = {"go": self.go, "take": self.take, "drop": self.drop,
                         "look": self.look, "inv": self.inv, "use": self.use}

    def here(self):
        return ROOMS[self.room]

    def look(self):
        r = self.here()
        if r.get("dark") and "lamp" not in self.inventory:
            return "It is pitch black."
        items = ", ".join(r["items"]) or "nothing"
        return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see: {items}."

    def go(self, direction):
        target = self.here()["exits"].get(direction)
        if target is None:
            return f"You can't go {direction}."
        if ROOMS[target].get("locked"):
            return "The door is locked."
        self.room = target
        return self.look()

    def take(self, item):
        if item not in self.here()["items"] or "pitch" in self.look():
            return f"No {item} here."
        self.here()["items"].remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."

    def drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        self.here()["items"].append(item)
        return f"Dropped {item}."

    def inv(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")

    def use(self, item):
        if item == "key" and item in self.inventory and self.room == "library":
            ROOMS["attic"]["locked"] = False
            return "The attic door unlocks with a click."
        return f"Nothing happens with {item}."

    def do(self, line):
        verb, *rest = line.split()
        self.moves += 1
        handler = self.commands.get(verb)
        if handler is None:
            return f"I don't understand {verb!r}."
        try:
            return handler(*rest)
        except TypeError:
            return f"{verb} needs {'an object' if not rest else 'fewer words'}."


game = Game()
script = ["look", "go down", "go east", "go down", "take wine", "go up", "go west", "take lamp",
          "go east", "go down", "take wine", "take", "inv", "go up", "go west", "go north",
          "go up", "take key", "use key", "go up", "take treasure", "drop bread", "dance", "inv"]
for line in script:
    print(f"> {line}\n  {game.do(line)}")
print(game.moves, game.room, sorted(game.inventory))
