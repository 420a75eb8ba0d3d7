x = 'a' f'{b}' 'c'
y = f'{a}' f'{b}'
z = u'u' f'{q}'
w = rf'\d{x}' fr'{y}\n'
