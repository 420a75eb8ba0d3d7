print("ok so far")
print(undefined_variable)
