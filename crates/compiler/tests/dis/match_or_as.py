match v:
    case 1 | 2 | 3:
        pass
    case [x] | (x, 0):
        pass
    case (a, b) | (b, a):
        pass
    case [1, 2] as pair:
        pass
    case None:
        pass
    case True | False:
        pass
    case Color.RED:
        pass
    case -1:
        pass
    case name:
        pass
