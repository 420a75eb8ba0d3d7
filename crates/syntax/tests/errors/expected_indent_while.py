while a:
b
