l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.insert(0, 0); l.insert(100, 99); l.insert(-1, 50); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(2); print(l)
print(l.index(50), l.count(1), [1, 1, 2].count(1))
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
c = l.copy(); c.append("x"); print(l, c)
l.clear(); print(l)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].index(5)
except ValueError as e:
    print("ValueError:", e)
print([1, 2, 3].index(3, 1), [0] * 3, [[]] * 2, list("ab"), list(range(3)))
