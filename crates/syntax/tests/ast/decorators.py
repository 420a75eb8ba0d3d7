@dec
def f(): pass
@a.b(c)
@d
class C: pass
@x[0] or y
async def g(): pass
@(lambda f: f)
def h(): pass
