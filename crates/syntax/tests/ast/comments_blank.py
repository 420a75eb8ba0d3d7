# leading comment

x = 1  # trailing

    # indented comment

def f():
    # body comment

    return 1


