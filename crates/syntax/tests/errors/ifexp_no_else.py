x = 3 if 2
