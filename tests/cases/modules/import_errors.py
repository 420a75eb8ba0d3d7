try:
    import definitely_not_a_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from _helper_mod import not_there
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    from pkg_demo.missing import x
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import pkg_demo.core.not_a_package
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
