import dis
def sample(a, b=2):
    if a > b:
        return f"{a!r:>4}"
    for i in range(b):
        a += i
    return a
for ins in dis.get_instructions(sample):
    print(ins.offset, ins.opname, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.starts_line, ins.is_jump_target)
print(list(dis.findlinestarts(sample.__code__)))
bc = dis.Bytecode(sample)
print(bc.first_line, len(list(bc)), bc.info().splitlines()[0])
print(bc.dis() == "".join([]) or bc.dis().splitlines()[0])
print("\n".join(l for l in dis.code_info(lambda x: x + 1).splitlines() if not l.startswith("Filename")))
print(dis.pretty_flags(3), dis.findlabels(sample.__code__.co_code))
print(dis.opmap["LOAD_FAST"] in dis.haslocal, dis.opmap["JUMP_ABSOLUTE"] in dis.hasjabs)
