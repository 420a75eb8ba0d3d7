match x:
    case a:
        pass
    case _:
        pass
    case a.b:
        pass
    case a.b.c:
        pass
    case (a):
        pass
    case 1 as y:
        pass
    case (1 | 2) as z:
        pass
    case x if x > 0:
        pass
