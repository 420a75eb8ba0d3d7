def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            return a + b + c
        return level3
    return level2
print(level1()()())
def make_ops():
    def add(x, y): return x + y
    def sub(x, y): return x - y
    return {"add": add, "sub": sub}
ops = make_ops()
print(ops["add"](2, 3), ops["sub"](2, 3), ops["add"].__qualname__)
def recursive_inner(n):
    def helper(k):
        return 1 if k == 0 else k * helper(k - 1)
    return helper(n)
print(recursive_inner(6))
def shadow():
    len = lambda x: "inner len"
    return len([1, 2])
print(shadow(), len([1, 2]))
