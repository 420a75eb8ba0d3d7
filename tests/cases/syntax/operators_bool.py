print(True and False, True or False, not True)
print(0 and 1, 1 and 2, 0 or '', '' or 'x', None or 0)
print([] or [1], [0] and 'yes')
def t(v):
    print('t', v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(2) and t(3))
print(not [], not [0], not None, not 0.0)
