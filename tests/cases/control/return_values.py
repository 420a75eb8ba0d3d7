def none_implicit():
    x = 1
def none_explicit():
    return
def multiple():
    return 1, "two", [3]
def early(n):
    if n > 0:
        return "positive"
    return "non-positive"
print(none_implicit(), none_explicit(), multiple())
a, b, c = multiple()
print(a, b, c, early(1), early(-1))
def nested_return():
    for i in range(10):
        for j in range(10):
            if i * j == 12:
                return i, j
print(nested_return())
