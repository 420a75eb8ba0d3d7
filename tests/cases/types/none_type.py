print(None, repr(None), str(None), type(None), None is None, None == False, not None)
def f(): pass
print(f() is None, [None] * 2, {None: 1}[None])
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    None()
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
print(type(None)() is None, bool(type(None)()))
