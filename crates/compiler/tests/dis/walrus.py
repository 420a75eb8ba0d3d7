if (n := len(a)) > 10:
    print(n)
def f(data):
    return [y for x in data if (y := x * 2)]
