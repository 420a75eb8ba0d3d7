import importlib, cmath
m = importlib.import_module("json.decoder")
print(m.__name__, importlib.import_module(".encoder", "json").__name__)
j = importlib.import_module("json")
print(importlib.reload(j) is j, j.dumps([1]))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.phase(-1), cmath.polar(1j), cmath.isnan(cmath.nanj), cmath.rect(2, 0))
