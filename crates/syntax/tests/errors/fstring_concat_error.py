x = f"{a" "b"
