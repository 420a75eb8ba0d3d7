global x
x = 1
def f():
    global y
    y = x
