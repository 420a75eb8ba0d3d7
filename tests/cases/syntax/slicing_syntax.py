s = list(range(10))
print(s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:], s[1:-1:3])
print(s[5:2], s[5:2:-1], s[100:], s[-100:2])
s[2:4] = ['a', 'b', 'c']
print(s)
del s[::3]
print(s)
s[:] = []
print(s)
text = "hello world"
print(text[::-1], text[6:], text[-5:-1])
print((1, 2, 3)[::-1], range(10)[2:8:3])
class Show:
    def __getitem__(self, k):
        return k
print(Show()[1:2], Show()[::], Show()[1:2, 3], Show()[...])
