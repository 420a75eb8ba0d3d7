import gc
print(gc.is_tracked(0))
print(gc.is_tracked("a"))
print(gc.is_tracked([]))
print(gc.is_tracked({}))
print(gc.is_tracked({"a": 1}))
print(gc.is_tracked({"a": []}))
class C:
    pass
print(gc.is_tracked(C()))
print(gc.is_tracked(1.5))
print(gc.is_tracked(lambda: 0))
