import math, sys, types
print(type(math).__name__, math.__name__, isinstance(sys, types.ModuleType))
mod = types.ModuleType("made_up", "doc of made up")
mod.value = 5
print(mod.__name__, mod.__doc__, mod.value, repr(mod))
sys.modules["made_up"] = mod
import made_up
print(made_up.value, made_up is mod)
print(__name__, __file__.endswith("module_attributes.py"), __package__, __spec__)
