# PyMOTW "weakref": Cyclic References (weakref_cycle.py), ported to Python 3.
import gc
from weakref_graph_mod import Graph, demo, collect_and_show_garbage

gc.set_debug(gc.DEBUG_LEAK)

print('Setting up the cycle')
print()
demo(Graph)

print()
print('Breaking the cycle and cleaning up garbage')
print()
# Python 3 (PEP 442) collects cycles with __del__, so gc.garbage stays empty
# unless DEBUG_SAVEALL kept something: guard the Python 2 era cleanup.
if gc.garbage:
    gc.garbage[0].set_next(None)
while gc.garbage:
    del gc.garbage[0]
print()
collect_and_show_garbage()
# Stop DEBUG_LEAK before interpreter shutdown reports its own objects.
gc.set_debug(0)
