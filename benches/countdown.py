# The article's single-threaded CPU-bound countdown, timed from outside.


def countdown(n):
    while n > 0:
        n -= 1


COUNT = 100000000
countdown(COUNT)
print("countdown", COUNT, "done")
