def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
print(add5.__closure__[0].cell_contents)
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter(); c(); c()
print(c())
def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(late_binding())
def shared():
    x = 0
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = shared()
set_(42)
print(get())
print(make_adder.__code__.co_cellvars, add5.__code__.co_freevars)
