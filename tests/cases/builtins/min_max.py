print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((1, "b"), (1, "a")))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None), max([1, 3], default=0))
print(max([1, 2, 3, 3], key=lambda x: x // 2), min([-3, 3, 2], key=abs))
print(max(1, 2.5, True), min("b", "a", "c"), max({3: "a", 5: "b"}))
for args in [(), ([],)]:
    try:
        max(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
