lst = []
for i in range(1000000):
    lst = [lst]
print("built")
del lst
print("freed")
