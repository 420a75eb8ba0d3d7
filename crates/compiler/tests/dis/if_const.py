if 0:
    x = 1
if 1:
    y = 2
else:
    y = 3
if None:
    z = 4
