class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
    def __iter__(self):
        return iter(sorted(self.cells))
    def __len__(self):
        return len(self.cells)
    def __reversed__(self):
        return iter(sorted(self.cells, reverse=True))
g = Grid()
g[0, 0] = "a"
g[1, 2] = "b"
print(g[1, 2], g[5, 5])
print((0, 0) in g, (9, 9) in g, len(g))
print(list(g), list(reversed(g)))
del g[0, 0]
print(list(g))
try:
    g[1:3] = "slice"
except TypeError as e:
    print("TypeError:", e)
