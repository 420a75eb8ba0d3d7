class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
for x in Countdown(2):
    print("x", x)
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldStyle()), 20 in OldStyle())
a, b, c = OldStyle()
print(a, b, c)
