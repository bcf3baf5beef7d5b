# A typed graph library: annotations everywhere, a generic stack,
# NamedTuple edges and a TypedDict report.
from typing import Dict, List, Optional, Tuple, NamedTuple, TypedDict, TypeVar, Generic, Iterator

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __bool__(self) -> bool:
        return bool(self._items)


class Edge(NamedTuple):
    src: str
    dst: str
    weight: int = 1


class Report(TypedDict):
    nodes: int
    edges: int
    order: List[str]


class Graph:
    def __init__(self, edges: List[Edge]) -> None:
        self.adj: Dict[str, List[Edge]] = {}
        for e in edges:
            self.adj.setdefault(e.src, []).append(e)
            self.adj.setdefault(e.dst, [])

    def dfs(self, start: str) -> Iterator[str]:
        seen = set()
        stack: Stack[str] = Stack()
        stack.push(start)
        while stack:
            node = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            yield node
            for e in sorted(self.adj[node], key=lambda e: e.dst, reverse=True):
                stack.push(e.dst)

    def heaviest(self) -> Optional[Tuple[str, str, int]]:
        best: Optional[Edge] = None
        for edges in self.adj.values():
            for e in edges:
                if best is None or e.weight > best.weight:
                    best = e
        return tuple(best) if best else None


g = Graph([Edge("a", "b", 3), Edge("a", "c"), Edge("b", "d", 7), Edge("c", "d", 2)])
order = list(g.dfs("a"))
report: Report = Report(nodes=len(g.adj), edges=sum(map(len, g.adj.values())), order=order)
print(report)
print(g.heaviest(), Edge("x", "y"), Edge._fields)
print(Graph.dfs.__annotations__, Graph.__init__.__annotations__["edges"])
print(Stack[int], Optional[Edge])
