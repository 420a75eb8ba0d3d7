f'hello {name}!'
f"{x!r} {y!s} {z!a}"
f'{x:>10}'
f'{{literal}} {x}'
f''
f'plain'
F'{a}{b}'
