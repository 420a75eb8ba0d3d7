def check(value):
    match value:
        case {"id": int(i), "tags": [*tags]} if "x" in tags:
            return f"tagged {i} {tags}"
        case {"id": int(i)}:
            return f"id {i}"
        case [int() | float() as num, *_]:
            return f"starts with number {num}"
        case (str(a), str(b)):
            return f"two strings {a}{b}"
        case {"nested": {"deep": value}}:
            return f"deep {value}"
        case str() if len(value) > 3:
            return "long string"
        case bool(b):
            return f"bool {b}"
        case _:
            return "nothing"
for v in [{"id": 1, "tags": ["x"]}, {"id": 2, "tags": []}, [1.5, "a"], ("a", "b"),
          ["a", "b"], {"nested": {"deep": 7}}, "hello", "hi", True, None]:
    print(check(v))
import enum
class Color(enum.Enum):
    RED = 1
    BLUE = 2
match Color.BLUE:
    case Color.RED:
        print("red")
    case Color.BLUE:
        print("blue")
