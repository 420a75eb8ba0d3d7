import builtins
print(builtins.len is len, builtins.print is print, type(builtins).__name__)
print(all(hasattr(builtins, n) for n in ["abs", "min", "max", "sorted", "zip", "open", "Exception", "None"]))
builtins.my_custom_builtin = "visible everywhere"
print(my_custom_builtin)
len_backup = len
def len(x):
    return "shadowed"
print(len([1]), builtins.len([1]))
del len
print(len([1, 2]))
