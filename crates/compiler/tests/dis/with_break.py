for x in y:
    with ctx:
        if x:
            break
