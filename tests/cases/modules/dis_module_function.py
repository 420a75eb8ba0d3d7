import dis
def add(a, b):
    total = a + b
    if total > 10:
        return total
    return -total
dis.dis(add)
