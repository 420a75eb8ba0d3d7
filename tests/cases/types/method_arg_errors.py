"""Argument errors of str and dict methods after their inlined fast checks: wrong receivers,
keywords where none are taken, too many or too few arguments."""

calls = [
    lambda: str.lower(5),
    lambda: str.lower(),
    lambda: "a".lower(1),
    lambda: "a".isalpha(x=1),
    lambda: "a".strip(".", ","),
    lambda: "a".strip(chars="."),
    lambda: "a".split(",", 1, 2),
    lambda: str.split(b"a b"),
    lambda: dict.get([], 1),
    lambda: dict.get({}),
    lambda: {}.get(1, 2, 3),
    lambda: {}.setdefault(),
    lambda: {}.pop(),
]
for call in calls:
    try:
        print(repr(call()))
    except TypeError as e:
        print("TypeError:", e)


class D(dict):
    pass


print(D(a=1).get("a"), dict.get(D(b=2), "b"), dict.get({1: 2}, 1), {}.get(1, "default"))
print(str.upper(type("S", (str,), {})("mixed Case")), "x y".split(None), "..a..".strip(None))
