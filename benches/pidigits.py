# Digits of pi by the unbounded spigot algorithm: big-integer multiply, add and floor division.


def pi_digits(count):
    acc = 0
    den = 1
    num = 1
    k = 0
    produced = 0
    while produced < count:
        k += 1
        k2 = k * 2 + 1
        acc += num * 2
        acc *= k2
        den *= k2
        num *= k
        if num > acc:
            continue
        d3 = (num * 3 + acc) // den
        d4 = (num * 4 + acc) // den
        if d3 != d4:
            continue
        yield d3
        produced += 1
        acc -= den * d3
        acc *= 10
        num *= 10


def main(count):
    line = []
    done = 0
    for d in pi_digits(count):
        line.append(str(d))
        done += 1
        if len(line) == 10:
            print(f"{''.join(line)}\t:{done}")
            line = []
    if line:
        print(f"{''.join(line):<10}\t:{done}")


main(8000)
