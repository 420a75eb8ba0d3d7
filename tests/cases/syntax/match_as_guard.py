def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["go", direction]:
            return f"cannot go {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take"]:
            return "take what?"
        case [("quit" | "exit")]:
            return "bye"
        case _:
            return "unknown command"
for c in ["go north", "go west", "take lamp key", "take", "exit", "dance now"]:
    print(c, "->", classify(c))
x = 5
match x:
    case n if n > 3:
        print("big", n)
    case n:
        print("small", n)
