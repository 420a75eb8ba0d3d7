# importlib.reload runs the module's code again in the module's own namespace: functions
# defined before and after the reload share one globals dict, and state added to the module
# survives unless the code sets it again.
import importlib
import json
import _helper_mod

old_greet = _helper_mod.greet
_helper_mod.added_later = "kept"
_helper_mod.calls.append("before")
m = importlib.reload(_helper_mod)
print(m is _helper_mod, _helper_mod.greet is old_greet)
print(old_greet.__globals__ is _helper_mod.__dict__, _helper_mod.greet.__globals__ is _helper_mod.__dict__)
print(_helper_mod.added_later, _helper_mod.calls)
print(old_greet("old"), _helper_mod.calls)

old_dumps = json.dumps
print(importlib.reload(json) is json, json.dumps is old_dumps)
print(json.dumps.__globals__ is json.__dict__, json.dumps([1, {"a": 2}]))

try:
    importlib.reload(json.decoder.__class__)
except Exception as e:
    print(type(e).__name__)
