def f():
    """doc"""
  x
