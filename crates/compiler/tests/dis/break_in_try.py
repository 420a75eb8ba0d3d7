for x in y:
    try:
        if x:
            break
    except E:
        pass
