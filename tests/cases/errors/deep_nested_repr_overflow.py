deep = []
for _ in range(100000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print("RecursionError:", e)
try:
    deep == deep[0]
except RecursionError as e:
    print("RecursionError in compare")
print("survived")
