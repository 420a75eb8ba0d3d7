# Counting loops run by the fused superinstructions: every comparison, both jump senses,
# constants of both signs, and the step from inline ints to big ints and back.
def up(n, limit):
    k = 0
    while n < limit:
        n += 3
        k += 1
    return n, k

def down(n):
    k = 0
    while n >= -5:
        n -= 2
        k += 1
    return n, k

def each_compare(n):
    out = []
    for test in range(6):
        x = n
        steps = 0
        if test == 0:
            while x < 7:
                x += 1
                steps += 1
        elif test == 1:
            while x <= 7:
                x += 1
                steps += 1
        elif test == 2:
            while x == 0:
                x += 1
                steps += 1
        elif test == 3:
            while x != 9:
                x += 1
                steps += 1
        elif test == 4:
            while x > -3:
                x -= 1
                steps += 1
        else:
            while x >= -3:
                x -= 1
                steps += 1
        out.append((x, steps))
    return out

def until(n):
    # `while not (...)` compiles to POP_JUMP_IF_TRUE out of the loop.
    while not n > 10:
        n += 4
    return n

print(up(0, 20), up(-7, 0), up(100, 0))
print(down(10), down(-6))
print(each_compare(0))
print(each_compare(5))
print(until(0), until(11))

BIG = 2**61
def across(n, step):
    seen = []
    for _ in range(4):
        n += step
        seen.append(n)
    return seen

print(across(BIG - 3, 1))
print(across(-BIG + 2, -1))
print(across(BIG + 1, -1))

def mixed(n):
    while n > 0:
        n -= 1
        if n == 3:
            n = 2.5
    return n

print(mixed(6))

def fails(n):
    while n > 0:
        n -= 1
        if n == 2:
            n = None
    return n

try:
    fails(5)
except TypeError as e:
    print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)
