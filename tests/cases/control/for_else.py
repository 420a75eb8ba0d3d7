for x in [1, 2, 3]:
    if x == 5:
        print("found")
        break
else:
    print("not found")
for x in [1, 5, 3]:
    if x == 5:
        print("found 5")
        break
else:
    print("unreachable")
for x in []:
    print("never")
else:
    print("empty loop else")
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
