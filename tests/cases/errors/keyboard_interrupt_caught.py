try:
    raise KeyboardInterrupt
except Exception:
    print("wrong handler")
except KeyboardInterrupt:
    print("KeyboardInterrupt is a BaseException")
print(KeyboardInterrupt.__mro__)
