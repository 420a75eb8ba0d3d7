counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print(counter)

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(); inc()
print(get())

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed"
        inner()
        return x
    return middle(), x
print(outer())

def create_global():
    global brand_new
    brand_new = "created"
create_global()
print(brand_new)
