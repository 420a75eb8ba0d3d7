nested = []
cur = nested
for _ in range(100):
    new = []
    cur.append(new)
    cur = new
s = repr(nested)
print(len(s), s[:10], s[-10:])
deep = None
for i in range(50):
    deep = {"level": i, "child": deep}
print(repr(deep)[:60])
print(str((((((((((1,),),),),),),),),)))
