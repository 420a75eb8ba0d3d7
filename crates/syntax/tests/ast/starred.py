*a, b = c
a, *b = c
print(*a)
x = *a, *b
for *a, b in c: pass
[*a] = b
return_ = *a, 1
