while True:
    x = g()
    if x:
        break
print(x)
