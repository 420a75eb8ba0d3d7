import dis
import io
import re
src = """
class Point:
    def __init__(self, x):
        self.x = x
    def norm(self):
        return abs(self.x)
p = Point(-3)
print(p.norm())
"""
listing = io.StringIO()
dis.dis(compile(src, "<class>", "exec"), file=listing)
print(re.sub(r" at 0x[0-9a-f]+", "", listing.getvalue()), end="")
