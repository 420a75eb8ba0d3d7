match command:
    case "quit":
        quit()
    case "go":
        go()
    case _:
        pass
