class AppError(Exception):
    pass
def deep(n):
    if n == 0:
        raise AppError("something went wrong", 42)
    deep(n - 1)
print("calling")
deep(5)
