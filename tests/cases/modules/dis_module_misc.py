import dis
dis.dis("x = [1, 2, 3]\ny = {'a': x}\nprint(x[0], y)")
def calls(f, *args, **kw):
    return f(*args, key=1, **kw)
dis.dis(calls)
print(dis.opname[100], dis.opmap["LOAD_CONST"], dis.HAVE_ARGUMENT)
for ins in dis.get_instructions(lambda: None):
    print(ins.opname, ins.arg, repr(ins.argval))
