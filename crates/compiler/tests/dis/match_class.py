match p:
    case Point(x=0, y=0):
        print("origin")
    case Point(a, b):
        print(a, b)
    case Point(x=_, y=yy) if yy > 0:
        pass
    case int():
        pass
