x = a and b and c
y = not (a and b)
if a or b and c:
    pass
z = a if b and c else d
