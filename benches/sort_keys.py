# List sorting with key functions: tuples, strings, lambdas, reverse and stable multi-pass sorts.


class Record:
    def __init__(self, ident, name, score, group):
        self.ident = ident
        self.name = name
        self.score = score
        self.group = group


def lcg_values(seed, n):
    out = []
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        out.append(state >> 4)
    return out


def make_records(n):
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ"
    values = lcg_values(7, n)
    records = []
    for i, v in enumerate(values):
        name = letters[v % 36] + letters[(v >> 6) % 36] + letters[(v >> 12) % 36] + str(v % 97)
        records.append(Record(i, name, (v >> 3) % 10000, v % 13))
    return records


def checksum(seq):
    total = 0
    for i, value in enumerate(seq):
        total = (total * 31 + (i + 1) * value) % 1000000007
    return total


def main():
    records = make_records(200000)
    for rounds in range(1):
        by_score = sorted(records, key=lambda r: r.score)
        by_name = sorted(records, key=lambda r: r.name.lower())
        by_group_score = sorted(records, key=lambda r: (r.group, -r.score, r.name))
        staged = sorted(records, key=lambda r: r.name)
        staged.sort(key=lambda r: r.group, reverse=True)
    print(checksum(r.ident for r in by_score))
    print(checksum(r.ident for r in by_name))
    print(checksum(r.ident for r in by_group_score))
    print(checksum(r.ident for r in staged))
    names = [r.name for r in records]
    names.sort(key=len)
    print(names[0], names[-1], checksum(len(s) for s in names[:1000]))
    numbers = lcg_values(99, 200000)
    numbers.sort()
    print(numbers[0], numbers[len(numbers) // 2], numbers[-1])
    words = sorted(set(names), key=str.lower, reverse=True)
    print(len(words), words[:3])


main()
