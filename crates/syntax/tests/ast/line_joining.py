x = [1,
     2,
     3]
y = 1 + \
    2
z = {
    'a': 1,
}
if (a and
        b):
    pass


# comment
