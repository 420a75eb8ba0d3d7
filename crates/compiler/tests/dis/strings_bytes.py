s = 'single'
d = "it's"
b = b'bytes'
n = None
t = True, False
e = ...
