data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5])
print(y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
total = 0
values = [(v := 10), v + 1]
print(values, v)
def f():
    [last := k for k in range(3)]
    return last
print(f())
print((z := 5) + z)
