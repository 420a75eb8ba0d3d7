try:
    int("x")
except ValueError:
    raise LookupError("clean error") from None
