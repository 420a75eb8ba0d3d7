import importlib
m = __import__("math")
print(m.sqrt(16), m.__name__)
pkg = __import__("pkg_demo.core")
print(pkg.__name__, pkg.core.add(1, 1))
core = importlib.import_module("pkg_demo.core")
print(core.__name__, core is pkg.core)
rel = importlib.import_module(".sub.sibling", "pkg_demo")
print(rel.NAME)
