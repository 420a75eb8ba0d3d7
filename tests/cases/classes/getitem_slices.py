class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, index):
        if isinstance(index, slice):
            print("slice", index.start, index.stop, index.step)
            return Seq(self.data[index])
        print("index", index)
        return self.data[index]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdef")
print(s[1], s[-1], s[1:4], s[::2], s[:])
print(list(s)[:2])
a, b, *c = Seq("xyz")
print(a, b, c)
print("e" in s)
