a = [x for x in y]
b = [x for x in y if x]
c = [x + z for x in y for z in w]
d = [x for x in [1, 2, 3]]
