def f(cmd):
    match cmd.split():
        case [action]:
            return action
        case [action, obj] if obj:
            return obj
        case _ if cmd:
            return None
        case _:
            return 0
