name = "world"
n = 42
print(f"hello {name}!")
print(f"{n} {n + 1} {n * 2!r} {name!r} {name!s} {'é'!a}")
print(f"{{literal}} {n}")
print(F"upper prefix {n}")
print(rf"raw {n}\n", fr"\t{name}")
print(f"{'nested ' + name}")
print(f"{[1, 2, 3][1]} {dict(a=1)['a']}")
print(f"""multi
{name}""")
x = 3.14159
print(f"{x:.2f} {x:10.3f}| {x:<10}| {n:>5}| {n:^7}|")
