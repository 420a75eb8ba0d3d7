import itertools
def batched(iterable, n):
    it = iter(iterable)
    while chunk := tuple(itertools.islice(it, n)):
        yield chunk
print(list(batched("abcdefg", 3)))
print(dict(itertools.groupby(sorted("mississippi"))).keys())
print(sum(1 for _ in itertools.permutations(range(5))))
