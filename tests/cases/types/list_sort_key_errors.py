data = [3, 1, 2]
try:
    data.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(data)
class Evil:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
items = [Evil(3), Evil(1), Evil(2)]
items.sort()
print([e.v for e in items])
words = ["b", "a", "c"]
words.sort(key=None, reverse=True)
print(words)
l = [5, 4, 3]
try:
    l.sort(key=lambda x: l.append(0) or x)
except ValueError as e:
    print("ValueError:", e)
