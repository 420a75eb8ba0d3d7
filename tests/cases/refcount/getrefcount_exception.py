import sys
payload = []
try:
    raise ValueError(payload)
except ValueError as e:
    print(sys.getrefcount(payload))
print(sys.getrefcount(payload))
def f():
    try:
        raise KeyError(payload)
    except KeyError as err:
        return err
e = f()
print(sys.getrefcount(payload))
del e
print(sys.getrefcount(payload))
