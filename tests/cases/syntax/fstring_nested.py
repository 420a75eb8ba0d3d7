items = {"apple": 1.5, "kiwi": 0.25, "watermelon": 3}
width = max(len(k) for k in items)
for name, price in items.items():
    print(f"{name:<{width}} | {price:>{width // 2}.{2}f} | {f'{price * 100:.0f}c':^8}|")
value = 3.14159
specs = ["+.1f", "010.4f", "e", "%"]
for spec in specs:
    print(f"{spec!r:>10}: {value:{spec}}")
align = "^"
print(f"[{'centre':{align}{20}}]")
print(f"{'nested {braces}'}", f"{{{1 + 1}}}", f"{'{'}{'}'}")
print(f"{f'{1 + 1}'}", f"""{f'{"deep"}'}""")
data = [1, 2, 3]
print(f"{', '.join(f'<{d}>' for d in data)}")
print(f"{value!r:>12}|{value!s:<12}|")
print(f"{3:{'>'}{'+'}{5}}")
