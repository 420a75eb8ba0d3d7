match x:
    case [a, *_]:
        pass
    case [*_]:
        pass
    case [a, b, *rest]:
        pass
    case [_, _]:
        pass
    case (1, y):
        pass
    case [a, *_, b]:
        pass
