def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *rest] if len(rest) > 2:
            return f"long starting {first}, {len(rest)} more"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4, 5], "ab", 5, range(2)]:
    print(repr(v), shape(v))
match (1, (2, 3)):
    case (a, (b, c)):
        print(a, b, c)
