total = 0
def add_all(items):
    global total
    for i in items:
        total += i
add_all(range(5))
add_all([10])
print(total)
def read_global():
    return total * 2
print(read_global())
names = []
def collect(*args):
    names.extend(args)
collect("a", "b")
print(names)
