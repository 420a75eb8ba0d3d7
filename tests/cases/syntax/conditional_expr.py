for n in [-2, 0, 3]:
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
x = [] if False else [1]
print(x)
print((lambda v: "yes" if v else "no")(0))
print(1 if True else 1 / 0)
def side(v):
    print("evaluated", v)
    return v
print(side("a") if side(True) else side("b"))
