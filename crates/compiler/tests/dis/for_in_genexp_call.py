print(*(x for x in y), sep=',')
any(x > 0 for x in xs)
