match x:
    case {}:
        pass
    case {'a': 1, 'b': b}:
        pass
    case {1: _, **rest}:
        pass
    case {a.b: c, None: d, -1: e}:
        pass
    case Point():
        pass
    case Point(0, y=1):
        pass
    case a.B(x, y, z=3):
        pass
    case int(n) | float(n):
        pass
