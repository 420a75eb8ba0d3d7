from contextlib import contextmanager, suppress, nullcontext, ExitStack

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")

with tag("div") as t:
    with tag("p"):
        print("text in", t)
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with nullcontext(5) as v:
    print(v)
try:
    with tag("err"):
        raise ValueError("inside")
except ValueError as e:
    print("got", e)
with ExitStack() as stack:
    for n in ["a", "b"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback")
    print("stack body")
