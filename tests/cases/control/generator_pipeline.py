def read(lines):
    for line in lines:
        yield line.strip()
def non_empty(lines):
    return (line for line in lines if line)
def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i}: {line}"
source = ["  alpha ", "", "beta", "   ", "gamma  "]
for out in numbered(non_empty(read(source))):
    print(out)
import itertools
evens = (n for n in itertools.count() if n % 2 == 0)
print(list(itertools.islice(evens, 5)))
squares = map(lambda v: v * v, range(5))
print(next(squares), list(squares))
