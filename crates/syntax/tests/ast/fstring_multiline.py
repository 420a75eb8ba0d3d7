a = 1
x = f'''line
  {a}
{
b}'''
y = (1,
  f"{c + 1:{d}}")
