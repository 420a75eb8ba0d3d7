a, b = 0, 10
while a < b and b - a > 2:
    a += 2
    b -= 1
print(a, b)
items = [3, 0, 5]
while items and items[-1]:
    print("pop", items.pop())
print(items)
count = 0
while not count >= 3:
    count += 1
print(count)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
