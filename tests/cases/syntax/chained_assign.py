a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
(p, q), r = "ab", "c"
print(p, q, r)
m = n = 5
m += 1
print(m, n)
