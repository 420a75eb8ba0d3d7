# Naive recursive Fibonacci: function-call overhead and small-int arithmetic.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


N = 36
print(f"fib({N}) = {fib(N)}")
