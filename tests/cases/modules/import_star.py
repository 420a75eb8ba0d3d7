from _helper_mod import *
print(greet("star"), Widget(2))
print("CONSTANT" in dir(), "_private" in dir())
from pkg_demo import *
print(add(1, 2), VERSION, core.__name__)
