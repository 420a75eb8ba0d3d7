def source():
    for i in range(5):
        print("producing", i)
        yield i
g = (x * 10 for x in source() if x % 2 == 0)
print("nothing produced yet")
print(next(g))
print(list(g))
def first_match(pred, it):
    return next((x for x in it if pred(x)), None)
print(first_match(lambda x: x > 2, source()))
print(first_match(lambda x: x > 10, [1, 2]))
try:
    (1 / x for x in [0])
    print("generator created without evaluating")
    list(1 / x for x in [0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
