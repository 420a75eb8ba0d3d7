"""list methods: the argument-count and keyword errors of each, as CPython words them."""

def run(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
for m in ['append','insert','pop','remove','index','count','extend','copy','clear','reverse']:
    run(m + "5", lambda: getattr([1], m)(*([9]*5)))
    run(m + "0", lambda: getattr([1], m)())
    run(m + "kw", lambda: getattr([1], m)(x=1))
    run(m + "kw2", lambda: getattr([1], m)(1, 2, x=1))
run("sub", lambda: list.append(list()))
run("sub2", lambda: list.remove([1], 1, 2))
