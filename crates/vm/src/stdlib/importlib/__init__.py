"""The import system's Python face: gilpy's counterpart of importlib (import_module, reload)."""

import _imp
import sys

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package):
    if not package:
        raise TypeError("the 'package' argument is required to perform a relative import "
                        "for {!r}".format(name))
    level = len(name) - len(name.lstrip("."))
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    rest = name[level:]
    return f"{base}.{rest}" if rest else base


def import_module(name, package=None):
    """Import a module by name (relative names need package) and return it."""
    if name.startswith("."):
        name = _resolve_name(name, package)
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run a module's code again, in the same module object."""
    name = getattr(module, "__name__", None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    _imp.reload_in_place(module)
    return sys.modules[name]


def invalidate_caches():
    pass
