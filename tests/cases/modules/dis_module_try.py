import dis
def guarded(d, k):
    try:
        return d[k]
    except KeyError:
        return None
    finally:
        print("done")
dis.dis(guarded)
