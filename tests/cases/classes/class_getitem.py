class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"])
print(list[int], dict[str, list[int]], tuple[int, ...])
alias = list[int]
print(alias.__origin__, alias.__args__, alias([1, 2]))
print(type[int], type(list[int]).__name__)
try:
    int[0]
except TypeError as e:
    print("TypeError:", e)
