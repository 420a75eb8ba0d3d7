import _helper_mod
print(_helper_mod.CONSTANT, _helper_mod.greet("case"), _helper_mod.Widget(3))
import _helper_mod as again
print(again is _helper_mod, again.calls)
from _helper_mod import greet, Widget as W
print(greet("x"), W(1), again.calls)
import sys
print("_helper_mod" in sys.modules, sys.modules["_helper_mod"] is _helper_mod)
print(_helper_mod.__name__, _helper_mod.__doc__, _helper_mod.__file__.endswith("_helper_mod.py"))
