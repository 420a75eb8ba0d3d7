width = 10
prec = 3
value = 12.34567
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}}]")
print(f"[{'abc':{'^'}{width}}]")
print(f"[{255:#x}] [{255:#o}] [{255:#b}] [{255:08b}]")
print(f"[{1234567:,}] [{1234567:_}] [{0.25:%}] [{0.25:.1%}]")
print(f"[{-5:+}] [{5:+}] [{5: }] [{-5:=6}]")
print(f"[{'x':*>5}] [{'x':-<5}]")
print(f"[{3.0:g}] [{1e20:g}] [{1.5e-7:e}] [{12345.678:.2e}]")
fmt = "08.3f"
print(f"[{value:{fmt}}]")
