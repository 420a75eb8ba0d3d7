import dis
import io
import re
def outer():
    x = 1
    def inner():
        return x + 1
    return inner
listing = io.StringIO()
dis.dis(outer, file=listing)
print(re.sub(r" at 0x[0-9a-f]+, file \"[^\"]*\"", "", listing.getvalue()), end="")
dis.dis(outer())
