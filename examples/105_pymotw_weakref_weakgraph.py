# PyMOTW "weakref": Cyclic References with proxies (weakref_weakgraph.py).
import gc
from weakref_graph_mod import WeakGraph, demo

gc.set_debug(gc.DEBUG_LEAK)

demo(WeakGraph)

# Stop DEBUG_LEAK before interpreter shutdown reports its own objects.
gc.set_debug(0)
