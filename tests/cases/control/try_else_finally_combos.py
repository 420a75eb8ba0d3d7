def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError
        if kind == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for kind in ["ok", "raise", "return"]:
    print(kind, run(kind))
def else_raises():
    try:
        pass
    except Exception:
        print("not reached")
    else:
        raise KeyError("from else")
try:
    else_raises()
except KeyError as e:
    print("else raised", e)
def loop_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            if i == 1:
                break
        finally:
            out.append("f")
    return out
print(loop_finally())
