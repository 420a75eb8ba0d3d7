# A generator pipeline: chained generators, generator expressions and yield from.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def lcg(values):
    for v in values:
        yield (v * 1103515245 + 12345) % 2147483648


def keep(pred, values):
    for v in values:
        if pred(v):
            yield v


def scale(values, factor):
    for v in values:
        yield v * factor


def windows(values, size):
    window = []
    for v in values:
        window.append(v)
        if len(window) == size:
            yield tuple(window)
            window = []
    if window:
        yield tuple(window)


def flatten(groups):
    for group in groups:
        yield from group


def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total


def pipeline(n):
    source = lcg(numbers(n))
    odd = keep(lambda v: v & 1, source)
    small = (v % 1000 for v in odd)
    scaled = scale(small, 3)
    grouped = windows(scaled, 7)
    sums = (sum(w) for w in grouped)
    return running_total(flatten((s, -s // 2) for s in sums))


def main():
    last = 0
    count = 0
    for total in pipeline(5400000):
        last = total
        count += 1
    print(count, last)
    squares = sum(x * x for x in range(1500000) if x % 3)
    print(squares)
    evens = list(v for v in numbers(900000) if v % 2 == 0)
    print(len(evens), evens[-1])


main()
