import gc
x = [1, 2]
y = [x, "s"]
print(x in gc.get_referents(y))
print(gc.get_referents(1))
d = {"k": x}
refs = gc.get_referents(d)
print("k" in refs, x in refs)
holder = [x]
found = False
for r in gc.get_referrers(x):
    if r is holder:
        found = True
print(found)
