"""A demo package for the import cases."""
print("pkg_demo/__init__ running as", __name__)
from .core import add, VERSION
from . import core
__all__ = ["add", "VERSION", "core"]
