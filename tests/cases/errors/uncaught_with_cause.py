try:
    {}["key"]
except KeyError as e:
    raise RuntimeError("lookup failed") from e
