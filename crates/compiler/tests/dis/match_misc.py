def f(p):
    match p:
        case {"x": x, "y": y} if x == y:
            return "diag"
        case [1, *rest] if rest:
            return rest
        case str() | bytes():
            return "text"
        case Point(x=0) as pt:
            return pt
    return None
