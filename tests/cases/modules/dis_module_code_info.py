import dis
def sample(a, b=2, *args, c, **kw):
    local = a + b
    return local
for line in dis.code_info(sample).splitlines():
    if not line.startswith("Filename"):
        print(line)
print(sample.__code__.co_varnames, sample.__code__.co_argcount, sample.__code__.co_kwonlyargcount)
print(sample.__code__.co_nlocals, sample.__code__.co_name, sample.__code__.co_firstlineno)
