while x:
    break
while x:
    continue
else:
    pass
for i in range(10):
    pass
for a, b in c:
    pass
else:
    x = 1
for (a, b) in c: pass
for [a, b] in c: pass
for x in a, b: pass
for x.y in z: pass
for x[0] in z: pass
