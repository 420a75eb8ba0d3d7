x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 2
    return x
print(f())
def g():
    del_me = 1
    del del_me
    try:
        del_me
    except NameError as e:
        print(type(e).__name__, e)
g()
try:
    undefined_name
except NameError as e:
    print(e)
