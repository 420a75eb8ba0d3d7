d = {}
for i in range(200000):
    d = {"d": d}
print("built")
d = None
print("freed")
t = ()
for i in range(200000):
    t = (t,)
t = None
print("tuples freed")
