while a:
    a -= 1
while b:
    if c:
        break
    if d:
        continue
    e()
else:
    f()
