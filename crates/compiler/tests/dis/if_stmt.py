if a:
    x = 1
elif b:
    x = 2
else:
    x = 3
if not a:
    pass
if a and b:
    y = 1
if a or b:
    y = 2
