import dis
def loop(items):
    result = []
    for x in items:
        if x % 2:
            continue
        result.append(x * 2)
    return result
dis.dis(loop)
