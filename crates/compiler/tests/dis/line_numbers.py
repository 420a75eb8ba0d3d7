x = (1 +
     2 +
     y)
f(a,
  b,
  c)
result = obj.method(
    arg)
