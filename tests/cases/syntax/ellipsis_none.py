print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(None, type(None).__name__, None == None, bool(None))
def stub(): ...
print(stub())
print(repr(NotImplemented), bool(...))
print([1, ..., 3])
