match a, b:
    case _: pass
match *a, b:
    case _: pass
match (x):
    case _: pass
match = 1
match.x = 2
match(x)
match[1]
case = 3
_ = match
