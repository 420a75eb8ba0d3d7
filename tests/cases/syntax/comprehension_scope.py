class A:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        broken = [v + len(values) for v in range(2)]
    except NameError as e:
        print("NameError:", e)
print(A.doubled)

def outer():
    n = 10
    return [i + n for i in range(3)]
print(outer())
funcs = [(lambda: i) for i in range(3)]
print([f() for f in funcs])
gen = (i for i in range(3))
print(type(gen).__name__, list(gen), list(gen))
print(list(x for x in [1, 2] for _ in range(2)))
