x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
y = 17
y %= 5; print(y)
y <<= 3; print(y)
y >>= 1; print(y)
y &= 6; print(y)
y |= 9; print(y)
y ^= 3; print(y)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
alias_t = t
t += (2,)
print(t, alias_t)
s = "a"
s *= 3
print(s)
d = {'k': 1}
d['k'] += 10
print(d)
